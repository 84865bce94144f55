// Deciding what each column is from a sample of rows: numeric or categorical, identifier-like
// (nearly every value distinct: addresses, flow IDs, timestamps; ignored by default), which column
// is the label and which label values mean "normal". The user's choices then override it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "data/CsvRecords.h"
#include "data/LoadOptions.h"
#include "data/Schema.h"

namespace awb {

// The first data records' cells, trimmed, column by column: what schema inference and column
// screening judge. A record with fewer fields reads as empty cells; numbers written with a decimal
// comma (`point`) read with a point. The views point into `owned`,
// a vector, whose elements stay where they are when the sample is moved.
struct CellSample {
    CellSample() = default;
    CellSample(CellSample &&) = default;
    CellSample(const CellSample &) = delete;  // a copy's views would point into the original
    CellSample &operator=(const CellSample &) = delete;
    std::vector<std::vector<std::string_view>> cells;  // [column][row]
    std::vector<char> owned;
    std::size_t rows = 0;
};
CellSample readCellSample(std::string_view text, const RecordIndex &records, std::size_t firstData, char delimiter,
                          char point, std::size_t columns, std::size_t sampleRows = 2000);

// Infers column types and default roles from the sample; `sampleValues` receives up to 200
// distinct values per column (label detection, the import dialog).
Schema inferSchema(const CellSample &sample, const std::vector<std::string> &names,
                   std::vector<std::vector<std::string>> &sampleValues);

// Applies label / ignore / explicit roles from the options, and picks a label when none is given
// (a column named like a label, else the last column if it holds a normal-looking value, else a
// text column of two values, one a word for normal; see proposedLabel).
void applyRoleOptions(Schema &schema, const LoadOptions &options, const std::string &file,
                      const std::vector<std::vector<std::string>> &sampleLabelValues);

// The label values that mean "normal" among `values` (normal, normal., benign, 0, ...).
std::vector<std::string> detectNormalValues(const std::vector<std::string> &values);
// A word for normal traffic, as labels write it (normal, benign, legitimate, clean).
bool isNormalWord(std::string_view value);

// Column names: the trimmed header cells, or column_<i> without a header; a name the header
// repeats is numbered from its second place on ("Fwd Header Length (2)", numberRepeatedNames).
std::vector<std::string> columnNames(std::string_view text, const RecordIndex &records, bool header, char delimiter,
                                     std::size_t columns);
// The column `ref` names among `names`; an InputError naming `file` lists them and suggests a name
// that differs in case only, "There is no column "x" for the <what>; ...".
int columnIndex(const std::vector<std::string> &names, const ColumnRef &ref, const std::string &file, const char *what);
// Numbers each repeated name from its second place on, with the first number not taken: "a (2)".
void numberRepeatedNames(std::vector<std::string> &names);

} // namespace awb
