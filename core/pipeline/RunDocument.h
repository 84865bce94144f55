// Runs as JSON documents: the CLI's --json output (its keys are a contract other tools rely on),
// and later the run history and saved sessions. Parameters round-trip through JSON.
#pragma once

#include "common/Json.h"
#include "pipeline/Pipeline.h"

namespace awb {

Json toJson(const DatasetSummary &summary);
Json toJson(const IsolationForestParams &params);
Json toJson(const AutoencoderParams &params);
Json toJson(const Evaluation &evaluation);
Json toJson(const ModelRun &run);
Json toJson(const RunResult &result);

} // namespace awb
