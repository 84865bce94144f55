// The data layer's entry points: inspect a file (the import dialog's preview), and read, type,
// split and encode one or two files into a Dataset. Bad input throws InputError naming file, line
// and column; nothing half-loaded is ever returned.
#pragma once

#include <string>
#include <vector>

#include "common/Progress.h"
#include "data/Dataset.h"
#include "data/LoadOptions.h"

namespace awb {

// Rows of a file exactly as the reader splits them, spread evenly over its first 8 MB (all of a
// smaller file), plus the inferred dialect and schema (roles already reflect options.label /
// ignore / roleOverrides) and the label's mix over those megabytes.
struct FilePreview {
    char delimiter = ',';
    char decimalPoint = '.';
    bool hasHeader = false;
    bool readAsWindows1252 = false;  // the text is not UTF-8 (see TextBuffer)
    Schema schema;
    std::vector<std::vector<std::string>> rows;  // up to maxRows data rows
    std::vector<std::uint64_t> lineNumbers;      // each shown row's line in the file, as errors name it
    std::size_t scannedRows = 0;                 // data rows in the part read
    bool wholeFile = true;                       // that part is the whole file
    std::vector<std::pair<std::string, std::size_t>> labelMix;  // label value and rows, most first
    std::vector<std::string> labelValues;        // distinct label values in the sample
    std::vector<std::string> detectedNormalValues;
};

FilePreview previewFile(const std::string &file, const LoadOptions &options, std::size_t maxRows = 100);

// With `fitted`, the encoding is not fitted again but applied as it is (a loaded model scoring new
// data), its columns found in the file by name (see placedIn); all rows are then encoded with it.
Dataset loadDataset(const LoadOptions &options, const ProgressFn &progress = {},
                    const CancelFlag *cancel = nullptr, const Preprocessor *fitted = nullptr);

} // namespace awb
