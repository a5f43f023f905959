#!/usr/bin/env bash
# Installs the Debian packages listed in deps/debian-packages.txt (or in the lists
# given as arguments) that are not installed yet.
# Idempotent: when everything is present it does nothing and touches no network.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lists=("$@")
[ ${#lists[@]} -eq 0 ] && lists=("$here/deps/debian-packages.txt")
missing=()
# Virtual packages provided by an installed one count as installed (e.g. npm,
# which NodeSource's nodejs package provides and conflicts with).
provided=$(dpkg-query -W -f='${db:Status-Abbrev}|${Provides}\n' 2>/dev/null | sed -n 's/^ii *|//p' | tr ',' '\n' |
  sed 's/^ *//; s/ .*//' | sort -u)
for list in "${lists[@]}"; do
  while read -r pkg; do
    pkg=${pkg%%#*}; pkg=$(echo "$pkg" | xargs)
    [ -z "$pkg" ] && continue
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || grep -qxF "$pkg" <<<"$provided" || missing+=("$pkg")
  done < "$list"
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
