// `anomaly-cli score`: streams a file of any size through a saved model (see
// pipeline/StreamScoring.h), writing the scores as it reads, with a summary line at the end.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "CliOptions.h"
#include "common/Progress.h"
#include "pipeline/ModelFile.h"

namespace CliScore {

void run(const CliOptions &options, const awb::CancelFlag *cancel);

// One input of scoreFiles: the file, and the value of the output's "file" column for its rows
// (empty: no such column).
struct Input {
    std::string file;
    std::string tag;
};

// Scores every row of the inputs, one after the other, with `model` into `out` under one header:
// bad rows listed on standard error (skipped with options.skipBadRows, else fatal), a summary line
// per input. Also how `--sample ... --scores` scores the whole of the files it trained on a sample of.
void scoreFiles(std::ostream &out, const awb::ModelFile &model, const std::vector<Input> &inputs, const CliOptions &options,
                const awb::CancelFlag *cancel);

} // namespace CliScore
