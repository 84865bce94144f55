// Scoring a file of any size in bounded memory: the input is read in chunks (ChunkReader), each
// batch of records is encoded with the model's stored preprocessing (RowEncoder), scored by every
// detector in the model file and written out before the next is read. Reading the next chunk
// overlaps the work on the current one; encoding, scoring and formatting use every thread.
//
// Memory: two chunks of text (about 8 MB each, more only for a longer record) plus one batch of
// kStreamBatchRows encoded rows, their scores and their output text, plus the model. It does not
// grow with the input.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "common/InputError.h"
#include "common/Progress.h"
#include "data/LoadOptions.h"
#include "data/RowEncoder.h"
#include "pipeline/ModelFile.h"

namespace awb {

inline constexpr std::size_t kStreamBatchRows = 16384;

struct StreamScoreOptions {
    std::string input;             // a file (plain or .gz) or "-" for standard input
    ReadOptions read;              // delimiter and header; unset: detected from the first chunk
    std::vector<ColumnRef> keep;   // input columns copied to the output after the scores
    bool skipBadRows = false;      // false: the first bad row is an InputError
    int threads = 0;               // 0: every core
    std::size_t chunkBytes = 8u << 20;  // text read at a time
    // Set: each row starts with this value under a "file" column (which input a row came from,
    // when the scores of several inputs go to one output).
    std::string fileTag;
    bool writeHeader = true;       // false: the rows continue an output that has its header
};

struct StreamScoreSummary {
    std::uint64_t rows = 0;     // data rows read
    std::uint64_t scored = 0;
    std::uint64_t skipped = 0;  // bad rows skipped
    std::uint64_t empty = 0;    // rows of empty cells alone (a spreadsheet's trailing rows), skipped
    std::uint64_t headerCopies = 0;  // copies of the header line (files joined with their headers), skipped
    std::vector<std::pair<std::string, std::uint64_t>> flagged;  // per detector: rows above its threshold
    EncodeCounts counts;
    double seconds = 0.0;
};

// Called with each bad row skipped (file, line and column in the error), in input order.
using BadRowFn = std::function<void(const InputError &)>;

// Writes "[file,]line,<name>_score,<name>_prediction,...[,kept columns]" for each data row to `out`.
// Throws InputError for unreadable input, a model column the input lacks, or (without
// skipBadRows) the first bad row; Cancelled when the flag is set. Progress: Stage::Reading in
// input bytes (compressed bytes for .gz; total 0 for standard input).
StreamScoreSummary scoreStream(const ModelFile &model, const StreamScoreOptions &options, std::ostream &out,
                               const BadRowFn &badRow, const ProgressFn &progress = {},
                               const CancelFlag *cancel = nullptr);

} // namespace awb
