#!/usr/bin/env python3
"""Writes data/cameo/cameo.tsv and data/cameo/plover.tsv from the published facts.

For maintainers; the build does not run it and its output is committed. Reads, from
../shared/reference (or --reference DIR):
  cameo/cameo_master.csv        codes, levels, quad classes, three Goldstein tables
  cameo/cameo_descriptions.csv  the event names of the CAMEO manual (1.1b3)
  plover/CAMEO2PLOVER-2021.txt  the official CAMEO -> PLOVER conversion (2021-09-17)
  plover/PLOVER_structured_codebook_updated.csv  the modes each PLOVER event has
See data/cameo/README.md for what each column means and where it comes from.

Usage: tools/gen_cameo_tables.py [--reference DIR] [--out DIR]
Python 3 standard library only.
"""

import argparse
import csv
import os
import re
import sys

TABLE_VERSION = 1
NONE = "-"  # Our tables' marker for "no value" (an empty field is easy to lose).


def fail(msg):
    sys.exit("gen_cameo_tables: " + msg)


def warn(msg):
    print("gen_cameo_tables: note: " + msg, file=sys.stderr)


def clean_name(name):
    """One space between words, no stray spaces, first letter upper case."""
    name = re.sub(r"\s+", " ", name).strip()
    if name.isupper():  # Root names are printed in capitals in the manual.
        name = name.lower()
    return name[:1].upper() + name[1:]


def quad_class_of_root(root):
    """CAMEO's quad classes by root (the rule GDELT and ICEWS use)."""
    r = int(root)
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    if r <= 13:
        return 3
    return 4


def number_or_none(text):
    text = text.strip()
    if text in ("", "NA"):
        return None
    return float(text)


def format_number(x):
    if x is None:
        return NONE
    return "%.1f" % x


def read_cameo(ref):
    master_path = os.path.join(ref, "cameo", "cameo_master.csv")
    desc_path = os.path.join(ref, "cameo", "cameo_descriptions.csv")
    with open(desc_path, encoding="utf-8", newline="") as f:
        manual_names = {r["code"].strip(): r["name"] for r in csv.DictReader(f)}
    rows = []
    with open(master_path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            code = r["cameo_code"].strip()
            if not re.fullmatch(r"\d{2,4}", code):
                fail("%s: bad code %r" % (master_path, code))
            root = r["root_code"].strip()
            if root != code[:2]:
                fail("%s: %s has root %s" % (master_path, code, root))
            level = int(r["level"])
            if level != len(code) - 2:
                fail("%s: %s has level %d" % (master_path, code, level))
            quad = int(r["quad_class"])
            if quad != quad_class_of_root(root):
                fail("%s: %s has quad class %d" % (master_path, code, quad))
            if code not in manual_names:
                fail("%s: %s is not in %s" % (master_path, code, desc_path))
            rows.append({
                "code": code,
                "name": clean_name(manual_names[code]),
                "level": level,
                "root": root,
                "quad_class": quad,
                "goldstein_gdelt": number_or_none(r["goldstein_gdelt"]),
                "goldstein_icews": number_or_none(r["goldstein_icews_rpkg"]),
                "goldstein_phoenix": number_or_none(r["goldstein_phoenix"]),
            })
    by_code = {r["code"]: r for r in rows}
    for r in rows:
        r["root_name"] = by_code[r["root"]]["name"]
        # GDELT's table lacks a few codes: they take the score of the nearest
        # ancestor that has one (README.md lists them).
        g = r["goldstein_gdelt"]
        parent = r["code"]
        while g is None and len(parent) > 2:
            parent = parent[:-1]
            g = by_code[parent]["goldstein_gdelt"] if parent in by_code else None
        if r["goldstein_gdelt"] is None:
            warn("%s has no GDELT Goldstein score; using %s's (%s)" % (r["code"], parent, g))
        r["goldstein"] = g
    rows.sort(key=lambda r: r["code"])
    return rows


def read_plover_modes(ref):
    path = os.path.join(ref, "plover", "PLOVER_structured_codebook_updated.csv")
    modes = {}
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            modes.setdefault(r["event"].strip(), set()).add(r["mode"].strip())
    return modes


def read_plover(ref, cameo_codes, codebook_modes):
    """Returns {cameo code: (event, mode, context list)} from the 2021 table."""
    path = os.path.join(ref, "plover", "CAMEO2PLOVER-2021.txt")
    mapping = {}
    root_events = {}
    line_re = re.compile(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#.*)?$")
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#") or line.startswith("~"):
                continue
            m = line_re.match(line)
            if not m:
                fail("%s:%d: cannot read %r" % (path, number, line))
            code, body = m.group(1), m.group(2)
            fields = [x.strip() for x in body.split(",")]
            if len(code) == 2:  # A section header, "07: AID".
                root_events.setdefault(code, fields[0])
                continue
            while len(fields) < 3:
                fields.append("")
            event, mode, context = fields[0], fields[1], fields[2]
            contexts = [c.strip() for c in context.split(";") if c.strip()]
            if code not in cameo_codes:
                warn("%s:%d: %s is not a CAMEO code; skipped" % (path, number, code))
                continue
            if mode and mode not in codebook_modes.get(event, ()):
                warn("%s:%d: %r is not a mode of %s in the codebook; left empty"
                     % (path, number, mode, event))
                mode = ""
            entry = (event, mode, contexts)
            if code in mapping and mapping[code] != entry:
                fail("%s:%d: %s mapped twice, differently" % (path, number, code))
            mapping[code] = entry
    # A root code takes the event of its section (the first one when a root is
    # split between two PLOVER events, as 08 is), with no mode or context.
    for root, event in root_events.items():
        mapping.setdefault(root, (event, "", []))
    return mapping


def write_table(path, kind, columns, comments, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("isnad-table\t%d\t%s\n" % (TABLE_VERSION, kind))
        for c in comments:
            f.write("# " + c + "\n" if c else "#\n")
        f.write("# " + "\t".join(columns) + "\n")
        for row in rows:
            assert len(row) == len(columns)
            for field in row:
                assert "\t" not in field and "\n" not in field and field
            f.write("\t".join(row) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    top = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reference", default=os.path.normpath(os.path.join(top, "..", "shared", "reference")))
    parser.add_argument("--out", default=os.path.join(top, "data", "cameo"))
    args = parser.parse_args()

    cameo = read_cameo(args.reference)
    codes = {r["code"] for r in cameo}
    plover = read_plover(args.reference, codes, read_plover_modes(args.reference))

    generated = "Generated by tools/gen_cameo_tables.py; do not edit by hand. See README.md."
    write_table(
        os.path.join(args.out, "cameo.tsv"), "cameo",
        ["code", "name", "level", "root", "root_name", "quad_class", "goldstein",
         "goldstein_icews", "goldstein_phoenix"],
        ["CAMEO event codes, all levels: level 0 = root (2 digits), 1 = 3 digits,",
         "2 = 4 digits. quad_class: 1 verbal cooperation, 2 material cooperation,",
         "3 verbal conflict, 4 material conflict. goldstein: GDELT's table;",
         "goldstein_icews, goldstein_phoenix: the ICEWS and Phoenix tables. '-' = none.",
         generated],
        [[r["code"], r["name"], str(r["level"]), r["root"], r["root_name"],
          str(r["quad_class"]), format_number(r["goldstein"]),
          format_number(r["goldstein_icews"]), format_number(r["goldstein_phoenix"])]
         for r in cameo])

    rows = []
    for r in cameo:
        event, mode, contexts = plover.get(r["code"], ("", "", []))
        rows.append([r["code"], event or NONE, mode or NONE,
                     ",".join(contexts) if contexts else NONE])
    write_table(
        os.path.join(args.out, "plover.tsv"), "plover",
        ["cameo_code", "plover_event", "plover_mode", "plover_context"],
        ["CAMEO event code -> PLOVER event type, mode and contexts (comma-separated),",
         "from the CAMEO to PLOVER conversion table of 2021-09-17. Every CAMEO code",
         "has a line; plover_event '-' = PLOVER drops the code (roots 01 and 02).",
         "'-' = none.", generated],
        rows)
    print("wrote %d CAMEO codes, %d with a PLOVER event"
          % (len(cameo), sum(1 for r in rows if r[1] != NONE)))


if __name__ == "__main__":
    main()
