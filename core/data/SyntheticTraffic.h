// The built-in demo data: a deterministic, seeded generator of labelled network flows, so that the
// app and the tests run with no download. Normal traffic plus attack families (scan, flood, brute
// force, exfiltration), each with its own signature in the flow features.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace awb {

struct SyntheticTrafficParams {
    std::size_t rows = 20000;
    std::uint64_t seed = 42;
    double anomalyFraction = 0.1;
};

// Writes the flows as CSV with a header; the label column is "label" with "normal" for benign rows.
void writeSyntheticTraffic(std::ostream &out, const SyntheticTrafficParams &params);
void writeSyntheticTrafficFile(const std::string &path, const SyntheticTrafficParams &params);
// Whether `path` holds exactly what writeSyntheticTraffic writes for `params` (compared by size
// and a hash; a file cut short or edited does not).
bool holdsSyntheticTraffic(const std::string &path, const SyntheticTrafficParams &params);

} // namespace awb
