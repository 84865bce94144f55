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

// The first rows of a file exactly as the reader splits them, plus the inferred dialect and schema
// (roles already reflect options.label / ignore / roleOverrides).
struct FilePreview {
    char delimiter = ',';
    bool hasHeader = false;
    Schema schema;
    std::vector<std::vector<std::string>> rows;  // up to maxRows data rows
    std::vector<std::string> labelValues;        // distinct label values in the sample
    std::vector<std::string> detectedNormalValues;
};

FilePreview previewFile(const std::string &file, const LoadOptions &options, std::size_t maxRows = 100);

// With `fitted`, the encoding is not fitted again but applied as it is (a loaded model scoring new
// data); all rows are then encoded with it.
Dataset loadDataset(const LoadOptions &options, const ProgressFn &progress = {},
                    const CancelFlag *cancel = nullptr, const Preprocessor *fitted = nullptr);

} // namespace awb
