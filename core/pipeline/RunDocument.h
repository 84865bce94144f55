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

// Parameters back from their JSON form; missing keys keep the struct's defaults, values of the
// wrong type or out of range are an InputError.
IsolationForestParams isolationForestParamsFromJson(const Json &json);
AutoencoderParams autoencoderParamsFromJson(const Json &json);

} // namespace awb
