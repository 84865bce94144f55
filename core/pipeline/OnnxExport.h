// A model file as one ONNX model: the stored preprocessing inside the graph, then every detector
// that ONNX operators can express, each with its score and its prediction at the stored threshold.
//
// Input contract (also in the model's metadata, "awb.inputs"):
//   numeric      float  [N, numeric columns]      the raw cells of the numeric columns, in the order
//                                                 listed; NaN (or +-inf) for a missing cell
//   categorical  string [N, categorical columns]  the cells of the categorical columns, trimmed
// Outputs per detector: "<name>_score" float [N] and "<name>_prediction" int64 [N] (1 above the
// threshold). The graph takes log1p where the model does, imputes the training medians, scales,
// one-hot encodes (a category training never saw encodes as zeros), exactly as RowEncoder does.
// ECOD has no ONNX form: its score looks each value up in the training data's sorted columns (an
// empirical CDF), which no ONNX operator does; it is left out and named.
#pragma once

#include <string>
#include <vector>

#include "pipeline/ModelFile.h"

namespace awb {

struct OnnxExport {
    std::string bytes;                 // the .onnx file
    std::vector<std::string> exported; // detector names
    std::vector<std::string> leftOut;  // detector names without an ONNX form
};

// Throws InputError when no detector of the model can be exported.
OnnxExport exportOnnx(const ModelFile &model, const std::string &producerVersion);

} // namespace awb
