// `anomaly-cli score`: streams a file of any size through a saved model (see
// pipeline/StreamScoring.h), writing the scores as it reads, with a summary line at the end.
#pragma once

#include "CliOptions.h"
#include "common/Progress.h"

namespace CliScore {

void run(const CliOptions &options, const awb::CancelFlag *cancel);

} // namespace CliScore
