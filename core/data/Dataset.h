// A loaded, encoded dataset: the output of the data layer and the input of every model. One
// row-major float32 matrix holds all rows, training rows first, so train and test are two
// contiguous blocks (Eigen::Ref views, no copies).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/Matrix.h"
#include "data/Preprocessor.h"
#include "data/RowSource.h"
#include "data/Schema.h"

namespace awb {

// Counts a user needs to trust the load; printed by the CLI, shown by the GUI, saved with runs.
struct DatasetSummary {
    std::string trainFile;
    std::string testFile;  // empty when the test rows were split off the training file
    char delimiter = ',';
    char decimalPoint = '.';  // ',' for numbers written "0,25" (see detectDecimalPoint)
    bool hasHeader = false;
    std::size_t trainRows = 0;
    std::size_t testRows = 0;
    std::size_t numericFeatures = 0;
    std::size_t categoricalFeatures = 0;
    std::size_t ignoredColumns = 0;
    std::size_t encodedFeatures = 0;
    std::size_t constantFeatures = 0;
    std::string labelName;                 // empty: unlabelled
    std::vector<std::string> normalValues; // the values counted as "normal"
    bool normalValueDetected = false;      // true when the loader chose them
    std::size_t trainAnomalies = 0;
    std::size_t testAnomalies = 0;
    std::uint64_t missingCells = 0;        // empty / NaN / NA cells seen
    std::uint64_t nonFiniteCells = 0;      // inf / Infinity / -Infinity cells seen
    std::uint64_t imputedCells = 0;
    std::uint64_t droppedRows = 0;
    std::uint64_t sampledRows = 0;         // the training file's rows kept in its sample; 0: all of them
    std::uint64_t unseenCategoryCells = 0; // test cells whose category training never had
    double loadSeconds = 0.0;
    double preprocessSeconds = 0.0;
    std::string fingerprint;               // of the input (see pipeline/Fingerprint.h); set by the pipeline
    std::vector<std::string> notes;        // what the loader decided for the user, a sentence each
    bool operator==(const DatasetSummary &) const = default;
};

// Rows are counted in 32 bits where a dataset is held in memory (row indices in the loader, the
// rows of a view): a file with more data rows is refused by name.
inline constexpr std::size_t kMaxDatasetRows = 2'147'483'647;

struct Dataset {
    Schema schema;
    Preprocessor preprocessor;
    DatasetSummary summary;
    Matrix features;                 // trainRows + testRows rows, encodedWidth() columns
    std::vector<std::uint8_t> isAnomaly;  // per matrix row, 1 = anomaly; empty when unlabelled
    // The label as it stood in the file (the attack type): labelValues[labelCode[row]]; both empty
    // when unlabelled.
    std::vector<std::string> labelValues;
    std::vector<std::uint32_t> labelCode;
    std::size_t trainRows = 0;
    // Where each matrix row came from: its source (0 = train file, 1 = test file) and row index.
    std::vector<std::uint32_t> sourceRow;
    std::vector<std::uint8_t> sourceFile;
    std::vector<std::shared_ptr<const RowSource>> sources;

    bool labelled() const { return !isAnomaly.empty(); }
    std::size_t testRows() const { return static_cast<std::size_t>(features.rows()) - trainRows; }
    ConstMatrixRef train() const { return features.topRows(static_cast<Eigen::Index>(trainRows)); }
    ConstMatrixRef test() const { return features.bottomRows(static_cast<Eigen::Index>(testRows())); }
    std::vector<std::string> originalRow(std::size_t matrixRow) const
    {
        return sources[sourceFile[matrixRow]]->cells(sourceRow[matrixRow]);
    }
};

} // namespace awb
