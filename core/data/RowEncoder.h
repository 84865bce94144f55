// Encodes one record at a time with a fitted Preprocessor, exactly as the loader encodes a whole
// file with it (log1p, median imputation, scaling, one-hot; an unseen category encodes as zeros):
// the streaming scorer's encoder. A record it cannot encode (ragged, text in a numeric column)
// is reported, not thrown, so the caller decides whether to skip it or stop.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/Preprocessor.h"

namespace awb {

class FieldSplitter;

struct RowProblem {
    // Empty and HeaderCopy: no data rows (see skippedRecord), skipped.
    enum class Kind { None, Ragged, NotANumber, Empty, HeaderCopy } kind = Kind::None;
    std::size_t fields = 0;   // Ragged: the record's field count
    std::size_t column = 0;   // NotANumber: the 0-based source column
    std::string cell;         // NotANumber: the cell, trimmed and cut to 40 characters
    // The sentence for the user (without file and line).
    std::string message(std::size_t expectedFields, const std::vector<std::string> &names) const;
};

struct EncodeCounts {
    std::uint64_t imputedCells = 0;        // missing or non-finite numeric cells set to the median
    std::uint64_t unseenCategoryCells = 0; // categories training never saw (encoded as zeros)
    void add(const EncodeCounts &other)
    {
        imputedCells += other.imputedCells;
        unseenCategoryCells += other.unseenCategoryCells;
    }
};

// Where an input with these column names holds the column the model was trained with as
// `trainedName` at `source`: there, when it exists and has that name (or either name is generic,
// column_N, from a file without a header); else the one column of that name (a file with other
// columns added or moved); else an InputError naming `file`.
int trainedColumnIn(int source, const std::string &trainedName, const std::vector<std::string> &names,
                    const std::string &file);
// The model's preprocessing placed in an input with these column names: each column the model
// reads found with trainedColumnIn (its sourceColumn set to the place there). Refuses two of the
// model's columns read from one input column.
Preprocessor placedIn(const Preprocessor &model, const std::vector<std::string> &names, const std::string &file);

class RowEncoder {
public:
    // `names` are the input's column names (its header, or column_N); the model's columns are
    // found with placedIn.
    RowEncoder(const Preprocessor &preprocessor, const std::vector<std::string> &names, const std::string &file);

    std::size_t width() const { return width_; }
    std::size_t fields() const { return fields_; }
    // Writes the encoded record to out[0, width()); on a problem, returns it and `out` is garbage.
    // `point` is the input's decimal point (see detectDecimalPoint).
    RowProblem encode(std::string_view record, char delimiter, char point, float *out, EncodeCounts &counts,
                      FieldSplitter &splitter) const;

private:
    struct Numeric {
        std::size_t slot;
        float median, offset, scale;
        bool log1p;
    };
    std::size_t fields_ = 0;
    std::size_t width_ = 0;
    std::size_t numericCount_ = 0;
    std::vector<std::int32_t> numericOf_;      // per source column: index into numeric_, or -1
    std::vector<std::int32_t> categoricalOf_;  // per source column: index into categories_, or -1
    std::vector<Numeric> numeric_;
    std::vector<std::unordered_map<std::string, std::uint32_t>> categories_;  // value -> encoded column
};

} // namespace awb
