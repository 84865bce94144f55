// JSON for run documents, parameter sets, saved settings and the run history: nlohmann's
// ordered_json (keys keep the order they were written in, so documents read as they were built).
// parseJson() turns a syntax error into an InputError naming the line and column.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace awb {

using Json = nlohmann::ordered_json;

Json parseJson(const std::string &text, const std::string &fileName = "");
// The text of `j` (indented by `indent` spaces per level, or on one line): bytes that are not
// UTF-8 in its strings (a CICIDS2017 label's cp1252 dash) are written as U+FFFD, where nlohmann's
// own dump() would throw.
std::string jsonText(const Json &j, int indent = -1);
Json readJsonFile(const std::string &path);

// A number that may be NaN or infinite: JSON has no spelling for those, so they are written as
// null and read back as NaN.
Json numberOrNull(double value);
double numberFrom(const Json &value);

} // namespace awb
