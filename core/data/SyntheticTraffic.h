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
// Writes the file unless the one at `path` is unchanged since this did (a stamp beside it, at
// path + ".stamp", records the parameters, its size and its modification time): a file cut short
// or edited is written again, an intact one costs a stat.
void provideSyntheticTrafficFile(const std::string &path, const SyntheticTrafficParams &params);

} // namespace awb
