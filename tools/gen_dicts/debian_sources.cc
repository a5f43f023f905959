// tools/gen_dicts/debian_sources.cc: iso-codes JSON, gettext .mo, ICU region names,
// libgeonames cities.
//
// Design note. A .mo file is a header (magic, revision, count, offsets of the two
// string tables) followed by tables of (length, offset) pairs; strings are NUL-ended.
// We read it whole and check every offset against the file size before use. ICU's
// region names live in the "icudt<ver>l-region" resource tree: the "Countries" table
// holds the display names, "Countries%short" and "Countries%variant" the alternatives.
#include "gen_dicts/debian_sources.h"

#include <geonames.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

#include <nlohmann/json.hpp>

#include "util/files.h"

namespace isnad::gen_dicts {
namespace {

constexpr uint32_t kMoMagic = 0x950412de;
constexpr uint32_t kMoMagicSwapped = 0xde120495;

uint32_t ReadU32(std::string_view bytes, size_t offset, bool swapped) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    uint32_t b = static_cast<unsigned char>(bytes[offset + i]);
    v |= swapped ? b << (8 * (3 - i)) : b << (8 * i);
  }
  return v;
}

std::string JsonString(const nlohmann::json& entry, const char* key) {
  auto it = entry.find(key);
  if (it == entry.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

// Converts an ICU UTF-16 string to UTF-8; "" on failure.
std::string ToUtf8(const UChar* s, int32_t length) {
  std::string out(static_cast<size_t>(length) * 3 + 1, '\0');
  int32_t written = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &written, s, length, &status);
  if (U_FAILURE(status)) return "";
  out.resize(static_cast<size_t>(written));
  return out;
}

// Looks up `alpha2` in the table `key` of `bundle`; "" when absent.
std::string TableString(UResourceBundle* bundle, const char* key, const std::string& alpha2) {
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* table = ures_getByKey(bundle, key, nullptr, &status);
  std::string out;
  if (U_SUCCESS(status)) {
    int32_t length = 0;
    const UChar* s = ures_getStringByKey(table, alpha2.c_str(), &length, &status);
    if (U_SUCCESS(status)) out = ToUtf8(s, length);
  }
  ures_close(table);
  return out;
}

}  // namespace

StatusOr<std::vector<IsoCountry>> ReadIsoCountries(const std::string& json_path) {
  StatusOr<std::string> text = ReadFile(json_path);
  if (!text.ok()) return text.status();
  nlohmann::json doc = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return Status::Corruption(json_path + ": not valid JSON");
  auto list = doc.find("3166-1");
  if (list == doc.end() || !list->is_array()) {
    return Status::Corruption(json_path + ": no \"3166-1\" array");
  }
  std::vector<IsoCountry> countries;
  for (const nlohmann::json& entry : *list) {
    IsoCountry c;
    c.alpha2 = JsonString(entry, "alpha_2");
    c.alpha3 = JsonString(entry, "alpha_3");
    c.name = JsonString(entry, "name");
    c.official_name = JsonString(entry, "official_name");
    c.common_name = JsonString(entry, "common_name");
    if (c.alpha2.size() != 2 || c.alpha3.size() != 3 || c.name.empty()) {
      return Status::Corruption(json_path + ": entry " + std::to_string(countries.size() + 1) +
                                " lacks alpha_2, alpha_3 or name");
    }
    countries.push_back(std::move(c));
  }
  return countries;
}

StatusOr<MoCatalog> ReadMoCatalog(const std::string& path) {
  StatusOr<std::string> read = ReadFile(path);
  if (!read.ok()) return read.status();
  std::string_view bytes = *read;
  if (bytes.size() < 28) return Status::Corruption(path + ": too short for a .mo file");
  uint32_t magic = ReadU32(bytes, 0, false);
  if (magic != kMoMagic && magic != kMoMagicSwapped) {
    return Status::Corruption(path + ": not a .mo file (bad magic number)");
  }
  bool swapped = magic == kMoMagicSwapped;
  uint32_t count = ReadU32(bytes, 8, swapped);
  uint32_t originals = ReadU32(bytes, 12, swapped);
  uint32_t translations = ReadU32(bytes, 16, swapped);
  // Each table holds `count` (length, offset) pairs of 8 bytes.
  auto table_fits = [&](uint64_t table) { return table + uint64_t{count} * 8 <= bytes.size(); };
  if (!table_fits(originals) || !table_fits(translations)) {
    return Status::Corruption(path + ": string tables run past the end of the file");
  }
  auto string_at = [&](uint32_t table, uint32_t index, std::string_view* out) {
    uint32_t length = ReadU32(bytes, table + index * 8, swapped);
    uint32_t offset = ReadU32(bytes, table + index * 8 + 4, swapped);
    if (uint64_t{offset} + length > bytes.size()) return false;
    std::string_view s = bytes.substr(offset, length);
    // Plural entries hold their forms NUL-separated: keep the first.
    *out = s.substr(0, s.find('\0'));
    return true;
  };
  MoCatalog catalog;
  catalog.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    std::string_view msgid;
    std::string_view msgstr;
    if (!string_at(originals, i, &msgid) || !string_at(translations, i, &msgstr)) {
      return Status::Corruption(path + ": string " + std::to_string(i) + " runs past the end");
    }
    if (msgid.empty() || msgstr.empty()) continue;
    catalog.emplace(std::string(msgid), std::string(msgstr));
  }
  return catalog;
}

StatusOr<std::vector<std::string>> IcuTerritoryNames(std::string_view alpha2,
                                                     std::string_view language) {
  std::string region_tree = std::string(U_ICUDATA_NAME) + "-region";
  std::string locale(language);
  std::string code(alpha2);
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_openDirect(region_tree.c_str(), locale.c_str(), &status);
  if (U_FAILURE(status)) {
    ures_close(bundle);
    return Status::Internal("ICU: cannot open the region names of '" + locale +
                            "': " + u_errorName(status));
  }
  std::vector<std::string> names;
  for (const char* key : {"Countries", "Countries%short", "Countries%variant"}) {
    std::string name = TableString(bundle, key, code);
    if (!name.empty() && name != code) names.push_back(std::move(name));
  }
  ures_close(bundle);
  return names;
}

StatusOr<std::vector<GeoCity>> ReadGeonamesCities() {
  std::vector<GeoCity> cities;
  int n = geonames_get_n_cities();
  cities.reserve(static_cast<size_t>(n > 0 ? n : 0));
  for (int i = 0; i < n; ++i) {
    ::GeonamesCity* record = geonames_get_city(i);
    if (record == nullptr)
      return Status::Internal("libgeonames: no city at index " + std::to_string(i));
    // The record is (id, name, state code, state, country code, country, timezone,
    // population, latitude, longitude); the accessors cover all but the id.
    if (std::string_view(g_variant_get_type_string(record)) != "(sssssssudd)") {
      std::string type = g_variant_get_type_string(record);
      geonames_city_free(record);
      return Status::Internal("libgeonames: unexpected city record type " + type);
    }
    GeoCity city;
    const gchar* id = nullptr;
    g_variant_get_child(record, 0, "&s", &id);
    city.id = id;
    city.name = geonames_city_get_name(record);
    city.alpha2 = geonames_city_get_country_code(record);
    city.population = geonames_city_get_population(record);
    city.latitude = geonames_city_get_latitude(record);
    city.longitude = geonames_city_get_longitude(record);
    geonames_city_free(record);
    cities.push_back(std::move(city));
  }
  return cities;
}

}  // namespace isnad::gen_dicts
