// store/network_rows.h: the actor network assembled from its edge rows in the
// same way by both backends (query.cc for SQLite, pg_query.cc for
// PostgreSQL); each runs its own SQL. Not part of the store's API.
#ifndef ISNAD_STORE_NETWORK_ROWS_H_
#define ISNAD_STORE_NETWORK_ROWS_H_

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "store/query.h"
#include "util/status.h"

namespace isnad::store::internal {

// One edge from a row (source, target, events, mentions, mean Goldstein or
// NULL, cooperation, conflict); `Row` as for MentionFromRow (mention_row.h).
template <typename Row>
NetworkEdge NetworkEdgeFromRow(const Row& row) {
  NetworkEdge e;
  e.source = row.String(0);
  e.target = row.String(1);
  e.events = row.Int(2);
  e.mentions = row.Int(3);
  if (!row.IsNull(4)) e.mean_goldstein = row.Double(4);
  e.cooperation = row.Int(5);
  e.conflict = row.Int(6);
  return e;
}

// Sets `net->nodes` to the actors of `net->edges` with their events in and
// out and their number of distinct neighbours, each named by `name_of(code)`
// (a StatusOr<std::string>; "" when unnamed), sorted by events in + out,
// descending, then code. Returns the first error of `name_of`.
// REQUIRES: net != nullptr.
template <typename NameOf>
Status AddNetworkNodes(Network* net, NameOf&& name_of) {
  std::map<std::string, NetworkNode> nodes;
  std::map<std::string, std::set<std::string>> neighbours;
  for (const auto& e : net->edges) {
    nodes[e.source].events_out += e.events;
    nodes[e.target].events_in += e.events;
    neighbours[e.source].insert(e.target);
    neighbours[e.target].insert(e.source);
  }
  net->nodes.clear();
  for (auto& [code, node] : nodes) {
    node.code = code;
    node.degree = static_cast<int64_t>(neighbours[code].size());
    StatusOr<std::string> name = name_of(code);
    if (!name.ok()) return name.status();
    node.name = std::move(name).value();
    net->nodes.push_back(node);
  }
  std::sort(net->nodes.begin(), net->nodes.end(), [](const NetworkNode& a, const NetworkNode& b) {
    int64_t wa = a.events_in + a.events_out, wb = b.events_in + b.events_out;
    return wa != wb ? wa > wb : a.code < b.code;
  });
  return Status::OK();
}

}  // namespace isnad::store::internal

#endif  // ISNAD_STORE_NETWORK_ROWS_H_
