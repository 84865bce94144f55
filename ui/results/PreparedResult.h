// Everything about a result's scores that takes a sort: per part, the score index behind the
// live confusion matrix, the rows ordered by score, and the ROC and precision-recall curves; and
// the normal rows' profile the row explanations compare with.
// prepareResult() runs on the training worker thread, so handing a million-row result to the
// views costs the GUI thread no sorting at all.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "eval/Metrics.h"
#include "eval/RowExplanation.h"
#include "pipeline/Pipeline.h"

struct PreparedPart {
    awb::ScoreIndex index;
    std::vector<std::uint32_t> byScore;  // part rows by ascending score, ties in file order
    awb::Curve roc, pr;                  // thinned for display (awb::thinnedForDisplay); empty when unlabelled
    double rocAuc = 0.0, averagePrecision = 0.0;
};

struct PreparedResult {
    std::array<std::shared_ptr<const PreparedPart>, 2> parts;  // train, test; null when empty
    awb::NormalProfile normalProfile;                          // what the explanations compare rows with
};

// Any thread. Labels of an unlabelled dataset count as normal.
std::shared_ptr<const PreparedResult> prepareResult(const awb::Dataset &data, const awb::DetectorRun &run);
