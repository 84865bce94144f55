// Reads a CSV/TSV text (a file, plain or gzip, or standard input as "-") in chunks that end at a
// record boundary, for work that must not hold the whole input: streaming scoring and sampling.
// zlib reads plain and gzip input alike. A UTF-8 byte-order mark is skipped; UTF-16 input is
// refused with a sentence saying to convert it; old Mac line ends (CR alone) are read as line
// breaks; a Zeek log's metadata lines are emptied and its first "#fields" line is the header; text
// that is not UTF-8 is read as Windows-1252. The
// delimiter is the one given, else detected on the first chunk; a chunk never ends inside a quoted
// field (completeRecordsEnd, the reader's own rule).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "common/Progress.h"
#include "data/CsvRecords.h"

namespace awb {

struct TextChunk {
    std::string text;           // whole records, the last one ending with its line break (or at EOF)
    std::uint64_t firstLine = 1; // 1-based line number of text's first line in the input
};

class ChunkReader {
public:
    // Throws InputError when the input cannot be opened. `chunkBytes` is the usual chunk size; a
    // record longer than that grows the chunk, up to kMaxRecordBytes.
    ChunkReader(const std::string &input, std::optional<char> delimiter, std::size_t chunkBytes = 8u << 20);
    ~ChunkReader();
    ChunkReader(const ChunkReader &) = delete;
    ChunkReader &operator=(const ChunkReader &) = delete;

    const std::string &name() const { return name_; }
    // The field delimiter: the one given, else (after the first next()) the detected one.
    char delimiter() const { return delimiter_; }
    // The next chunk into `chunk`; false at the end of the input. Throws InputError on a read error.
    bool next(TextChunk &chunk);
    // Bytes read so far (of the file, compressed or not; of the text, from standard input) and the
    // input's size (0 for standard input), for progress.
    std::uint64_t bytesRead() const;
    std::uint64_t inputSize() const { return inputSize_; }
    // The input's first megabyte was not UTF-8: every chunk is read as Windows-1252 (TextEncoding.h).
    bool readAsWindows1252() const { return windows1252_; }

private:
    std::size_t fill(std::string &buffer, std::size_t bytes);
    std::string name_;
    void *gz_ = nullptr;
    std::size_t chunkBytes_;
    std::string carry_;        // the start of a record cut by the previous read
    std::uint64_t nextLine_ = 1;
    std::uint64_t inputSize_ = 0;
    std::uint64_t textRead_ = 0;  // bytes of text read
    char delimiter_ = 0;
    char zeekSeparator_ = 0;  // a Zeek log's (see stripZeekMetadata), else 0
    bool zeekHeaderSeen_ = false;
    bool crOnly_ = false;
    bool windows1252_ = false;
    bool started_ = false;
    bool eof_ = false;
};

// The records of a chunk (indexRecords), with the lines of any error counted from the input's start.
RecordIndex indexChunk(const TextChunk &chunk, char delimiter, const std::string &file);

} // namespace awb
