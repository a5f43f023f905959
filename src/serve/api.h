// serve/api.h: the explorer's JSON API (docs/API.md), independent of the HTTP
// library: a decoded path and parameter list in, a status code and a JSON body
// out. The last stage of the pipeline (ingest -> ... -> store -> serve).
//
// Endpoints (GET): /api/meta, /api/network, /api/actor, /api/evidence,
// /api/series, /api/search, /api/document. Every answer is one JSON object;
// errors are {"error": "..."} with 400 (bad parameter), 404 (unknown endpoint
// or record), 413 (a parameter or the parameter list too large) or 500 (the
// store failed).
//
// Thread-safety: Handle() may be called from many threads at once; calls to
// the store are serialized by a mutex (a Store is one thread at a time).
#ifndef ISNAD_SERVE_API_H_
#define ISNAD_SERVE_API_H_

#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "serve/params.h"
#include "store/store.h"
#include "util/status.h"

namespace isnad::serve {

struct ApiOptions {
  ParamLimits params;         // Sizes of parameters (serve/params.h).
  int max_network_edges = 2000;    // Most edges /api/network returns (the heaviest first). Default: 2000.
  int default_evidence_rows = 50;  // /api/evidence limit when absent. Default: 50.
  int max_evidence_rows = 500;     // Largest /api/evidence limit honoured (larger is clamped). Default: 500.
  int default_search_rows = 20;    // /api/search limit when absent. Default: 20.
  int max_search_rows = 200;       // Largest /api/search limit honoured. Default: 200.
  int max_document_sentences = 5000;  // Sentences /api/document returns at most. Default: 5000.
};

struct ApiReply {
  int status = 200;  // HTTP status code.
  std::string body;  // One JSON object, UTF-8.
};

// The HTTP status for a Status: 400 kInvalidArgument, 404 kNotFound,
// 413 kResourceExhausted, 500 otherwise (200 for OK).
int HttpStatusFor(const Status& status);

// {"error": message} (invalid UTF-8 replaced).
std::string ErrorJson(std::string_view message);

// The number of UTF-16 code units that `utf8_text` takes in a JavaScript
// string (a code point above U+FFFF takes two). Invalid bytes count one each,
// as a decoder replacing them with U+FFFD would.
size_t Utf16Length(std::string_view utf8_text);

struct Utf16Span {
  size_t begin = 0;  // UTF-16 code units from the start of the sentence.
  size_t end = 0;
};

// Where the document byte span [span_begin_byte, span_end_byte) holding
// `span_text` lies in `sentence`, which starts at document byte
// `sentence_begin_byte`, in UTF-16 code units of the sentence. When the byte
// span does not fall inside the sentence on character boundaries or does not
// hold `span_text`, the first occurrence of `span_text` in the sentence is
// used; nullopt when there is none (or `span_text` is empty).
std::optional<Utf16Span> SpanInSentence(std::string_view sentence, size_t sentence_begin_byte,
                                        size_t span_begin_byte, size_t span_end_byte, std::string_view span_text);

class Api {
 public:
  // `store` must outlive the Api; it should be opened read-only.
  Api(store::Store* store, const ApiOptions& options) : store_(store), options_(options) {}
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  // Answers GET `path` (e.g. "/api/network") with `params`. Never throws.
  ApiReply Handle(std::string_view path, const Params& params);

  const ApiOptions& options() const { return options_; }

 private:
  StatusOr<std::string> Dispatch(std::string_view path, const Params& params);
  StatusOr<std::string> Meta(const Params& params);
  StatusOr<std::string> Network(const Params& params);
  StatusOr<std::string> Actor(const Params& params);
  StatusOr<std::string> Evidence(const Params& params);
  StatusOr<std::string> Series(const Params& params);
  StatusOr<std::string> Search(const Params& params);
  StatusOr<std::string> Document(const Params& params);

  store::Store* store_;
  ApiOptions options_;
  std::mutex mu_;  // Guards every use of *store_.
};

}  // namespace isnad::serve

#endif  // ISNAD_SERVE_API_H_
