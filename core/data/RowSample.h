// A uniform random sample of a file's data rows, read in one pass in bounded memory (reservoir
// sampling, Vitter's algorithm R, seeded): how a model is trained on a file larger than memory.
// The sample keeps the header and the rows' file order and line numbers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/Progress.h"
#include "data/LoadOptions.h"

namespace awb {

struct RowSample {
    std::vector<char> text;            // the header record (if any), then the sampled records, one per line
    std::vector<std::uint64_t> lines;  // each record's 1-based line in the file, header first
    char delimiter = ',';
    char decimalPoint = '.';           // detected on the first chunk (see detectDecimalPoint)
    bool hasHeader = false;
    std::uint64_t fileRows = 0;        // data rows in the whole file
    std::size_t sampledRows = 0;       // min(rows asked for, fileRows)
    bool readAsWindows1252 = false;    // the file is not UTF-8 (see ChunkReader)
    std::uint64_t headerCopies = 0;    // copies of the header line skipped (see skippedRecord)
    std::uint64_t emptyRows = 0;       // rows of empty cells alone skipped
    std::uint64_t firstHeaderCopyLine = 0;
};

// Throws InputError for unreadable input, Cancelled when the flag is set. Progress: Stage::Reading
// in (compressed) input bytes.
RowSample sampleRows(const std::string &file, std::size_t rows, std::uint64_t seed, const ReadOptions &read,
                     const ProgressFn &progress = {}, const CancelFlag *cancel = nullptr);

} // namespace awb
