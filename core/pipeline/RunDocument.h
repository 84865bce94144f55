// The JSON spelling of runs: RunSpec and RunResult (and their parts) to JSON and back, exactly:
// every field round-trips. A run document is {"format", "version", "spec", "result"}: what the
// CLI's --json writes, what --rerun and the run history read. Parameter sets are spelled by each
// detector's schema. Reading a document from a newer version is refused with a sentence.
#pragma once

#include <string>

#include "common/Json.h"
#include "pipeline/RunSpec.h"

namespace awb {

Json toJson(const LoadOptions &options);
LoadOptions loadOptionsFromJson(const Json &json);
Json toJson(const DetectorSpec &spec);
DetectorSpec detectorSpecFromJson(const Json &json);
Json toJson(const RunSpec &spec);
RunSpec runSpecFromJson(const Json &json);

Json toJson(const DatasetSummary &summary);
DatasetSummary datasetSummaryFromJson(const Json &json);
Json toJson(const Evaluation &evaluation);
Evaluation evaluationFromJson(const Json &json);
Json toJson(const TrainingHistory &history);
TrainingHistory trainingHistoryFromJson(const Json &json);
Json toJson(const DetectorResult &result);
DetectorResult detectorResultFromJson(const Json &json);
Json toJson(const RunResult &result);
RunResult runResultFromJson(const Json &json);

struct RunDocument {
    RunSpec spec;
    RunResult result;
};
Json toJson(const RunDocument &document);
RunDocument runDocumentFromJson(const Json &json, const std::string &fileName = "");
RunDocument readRunDocument(const std::string &path);

} // namespace awb
