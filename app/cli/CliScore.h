// `anomaly-cli score`: streams a file of any size through a saved model (see
// pipeline/StreamScoring.h), writing the scores as it reads, with a summary line at the end.
#pragma once

#include <ostream>
#include <string>

#include "CliOptions.h"
#include "common/Progress.h"
#include "pipeline/ModelFile.h"

namespace CliScore {

void run(const CliOptions &options, const awb::CancelFlag *cancel);

// Scores every row of `input` with `model` into `out`: bad rows listed on standard error (skipped
// with options.skipBadRows, else fatal), the summary line last. Also how `--sample ... --scores`
// scores the whole file it trained on a sample of.
void scoreFile(std::ostream &out, const awb::ModelFile &model, const std::string &input, const CliOptions &options,
               const awb::CancelFlag *cancel);

} // namespace CliScore
