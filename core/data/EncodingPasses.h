// The two passes over the records that turn text into the encoded matrix, and the pieces they
// share: the per-file record index, the plan of which columns are encoded how, and the dictionaries
// of categorical and label values. Fitting the numeric columns is in NumericFitting.h.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/Matrix.h"
#include "common/Progress.h"
#include "data/CsvRecords.h"
#include "data/Dataset.h"
#include "data/NumericFitting.h"
#include "data/TextBuffer.h"

namespace awb {

struct SourceFile {
    std::string name;
    std::shared_ptr<const TextBuffer> buffer;
    RecordIndex records;
    // A sample's records' lines in the file they were drawn from (past 32 bits in a file of billions
    // of rows); empty for a whole file, whose lines are the index's.
    std::vector<std::uint64_t> sampledLines;
    char delimiter = ',';
    char decimalPoint = '.';
    bool hasHeader = false;
    std::size_t firstData = 0;  // 1 when the first record is the header
    std::size_t rows() const { return records.size() - firstData; }
    std::uint64_t line(std::size_t record) const { return sampledLines.empty() ? records.line[record] : sampledLines[record]; }
};

// Shows rows as they stand in the file by re-splitting the stored record.
class TextRowSource final : public RowSource {
public:
    explicit TextRowSource(SourceFile file) : file_(std::move(file)) {}
    const std::string &fileName() const override { return file_.name; }
    std::size_t rowCount() const override { return file_.rows(); }
    std::vector<std::string> cells(std::size_t row) const override;
    std::uint64_t lineNumber(std::size_t row) const override { return file_.line(file_.firstData + row); }

private:
    SourceFile file_;
};

// Which source columns become which encoded columns: in the schema's order, or in a fitted
// model's (`placed` in this file, see placedIn).
struct EncodingPlan {
    EncodingPlan(const Schema &schema, MissingPolicy missing, const Preprocessor *placed = nullptr);
    std::vector<int> numeric;      // source columns, in encoded order
    std::vector<int> categorical;  // source columns, in one-hot block order
    int label = -1;
    std::size_t columns = 0;
    std::vector<std::string> names;
    std::vector<std::uint8_t> heavyTailed;  // per source column
    MissingPolicy missing;
};

// Distinct values of the label and of each categorical column, over every file read.
class Dictionaries {
public:
    explicit Dictionaries(const EncodingPlan &plan) : columns_(plan.categorical.size() + 1) {}
    // Column index: 0..categorical-1, and categorical.size() for the label.
    std::uint32_t intern(std::size_t column, std::string_view value);
    const std::vector<std::string> &values(std::size_t column) const { return columns_[column].values; }
    const std::vector<std::string> &labelValues() const { return columns_.back().values; }
    std::size_t labelColumn() const { return columns_.size() - 1; }

private:
    struct Column {
        std::vector<std::string> values;
        std::unordered_map<std::string, std::uint32_t> codes;
    };
    std::vector<Column> columns_;
};

struct FirstPass {
    std::vector<std::uint32_t> labelCode;  // per data row
    std::vector<std::uint32_t> categoryCode;  // per data row x categorical column
    // dropRow of a record that is no data row (see skippedRecord): it has no codes.
    static constexpr std::uint8_t kSkippedRow = 2;
    std::vector<std::uint8_t> dropRow;     // per data row: 1 for missing cells under the drop policy, or kSkippedRow
    std::uint64_t emptyRows = 0;           // rows of empty cells alone (a spreadsheet's trailing rows), dropped
    std::uint64_t headerCopies = 0;        // copies of the header line (files joined with their headers), dropped
    std::uint64_t firstHeaderCopyLine = 0; // the first one's line, when there are any
    std::vector<std::uint64_t> missingCells;    // per source column
    std::vector<std::uint64_t> nonFiniteCells;  // per source column
};

FirstPass runFirstPass(const SourceFile &file, const EncodingPlan &plan, Dictionaries &dictionaries, int threads,
                       const ProgressFn &progress, const CancelFlag *cancel);

// Categories seen in the training rows (sorted) and the numeric columns' names, not yet fitted.
Preprocessor fitCategories(const EncodingPlan &plan, const Dictionaries &dictionaries, const FirstPass &train,
                           const std::vector<std::uint32_t> &trainRows, const LoadOptions &options);

struct RowPlacement {
    const std::vector<std::uint32_t> &train;  // data rows of file 0
    const std::vector<std::uint32_t> &test;   // data rows of file 1, or of file 0 when split
    bool testFromSecondFile;
};

// Missing and non-finite cells per source column, over every file.
struct CellCounts {
    std::vector<std::uint64_t> missing, nonFinite;
};

// Parses numeric cells into their final rows (NaN where missing) and writes the one-hot blocks;
// numbers beyond float range are counted into `cells` (the first pass counted the rest).
Matrix runSecondPass(const std::vector<SourceFile> &files, const EncodingPlan &plan, const Preprocessor &preprocessor,
                     const Dictionaries &dictionaries, const std::vector<FirstPass> &firstPass,
                     const RowPlacement &placement, int threads, DatasetSummary &summary, CellCounts &cells,
                     TrainingNumbers &training, const ProgressFn &progress, const CancelFlag *cancel);

} // namespace awb
