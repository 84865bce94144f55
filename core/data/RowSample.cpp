#include "data/RowSample.h"

#include <algorithm>
#include <numeric>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "common/InputError.h"
#include "common/Random.h"
#include "data/ChunkReader.h"
#include "data/CsvRecords.h"

namespace awb {
namespace {

constexpr std::size_t kReturnBytes = 32u << 20;

void returnFreedMemory()
{
#if defined(__GLIBC__)
    ::malloc_trim(0);
#endif
}

// A record in the reservoir: its data row, its line and its text.
struct Kept {
    std::uint64_t row;
    std::uint64_t line;
    std::string record;
};

// The sample's text (the header, then the kept records in file order) at its final size at once,
// each record's own memory freed as it is copied, and the freed memory handed back to the system
// now and then (the allocator keeps small blocks to itself otherwise): the sample is held about
// once, not twice.
void writeText(RowSample &sample, std::vector<Kept> &reservoir, const std::string &header, std::uint64_t headerLine)
{
    std::sort(reservoir.begin(), reservoir.end(), [](const Kept &a, const Kept &b) { return a.row < b.row; });
    std::size_t bytes = header.size() + 1;
    for (const Kept &kept : reservoir)
        bytes += kept.record.size() + 1;
    sample.text.reserve(bytes);
    sample.lines.reserve(reservoir.size() + 1);
    const auto append = [&sample](std::string_view record, std::uint64_t line) {
        sample.text.insert(sample.text.end(), record.begin(), record.end());
        sample.text.push_back('\n');
        sample.lines.push_back(line);
    };
    if (sample.hasHeader)
        append(header, headerLine);
    std::size_t freed = 0;
    for (Kept &kept : reservoir) {
        append(kept.record, kept.line);
        freed += kept.record.capacity();
        std::string().swap(kept.record);
        if (freed >= kReturnBytes) {
            returnFreedMemory();
            freed = 0;
        }
    }
    returnFreedMemory();
}

} // namespace

RowSample sampleRows(const std::string &file, std::size_t rows, std::uint64_t seed, const ReadOptions &read,
                     const ProgressFn &progress, const CancelFlag *cancel)
{
    ChunkReader reader(file, read.delimiter);
    RowSample sample;
    std::vector<Kept> reservoir;
    std::string header;
    std::uint64_t headerLine = 0;
    Random rng(seed ^ 0x9E3779B97F4A7C15ull);  // not the split's stream, which uses `seed` itself
    TextChunk chunk;
    bool first = true;
    // Every row is checked for its field count, sampled or not: whether a ragged row stops the
    // load must not depend on the seed (other cells are checked where they are read).
    FieldSplitter splitter;
    std::size_t fields = 0;
    while (reader.next(chunk)) {
        throwIfCancelled(cancel);
        const std::string_view text(chunk.text);
        if (first)
            sample.delimiter = reader.delimiter();
        const RecordIndex records = indexChunk(chunk, sample.delimiter, reader.name());
        std::size_t begin = 0;
        if (first && records.size() > 0) {
            first = false;
            fields = splitter.split(records.record(text, 0), sample.delimiter);
            sample.decimalPoint = detectDecimalPoint(text, records, sample.delimiter);
            sample.hasHeader = read.header ? *read.header : detectHeader(text, records, sample.delimiter, sample.decimalPoint);
            if (sample.hasHeader) {
                header.assign(records.record(text, 0));
                headerLine = chunk.firstLine + records.line[0] - 1;
                begin = 1;
            }
        }
        for (std::size_t r = begin; r < records.size(); ++r) {
            const std::uint64_t line = chunk.firstLine + records.line[r] - 1;
            if (const SkippedRecord skipped = skippedRecord(records.record(text, r), header, sample.delimiter);
                skipped != SkippedRecord::None) {  // no data row, as the loader has it
                if (skipped == SkippedRecord::Empty)
                    ++sample.emptyRows;
                else if (sample.headerCopies++ == 0)
                    sample.firstHeaderCopyLine = line;
                continue;
            }
            if (const std::size_t got = splitter.split(records.record(text, r), sample.delimiter); got != fields)
                throw InputError(reader.name(), line, std::min(got, fields) + 1, raggedRecordMessage(got, fields));
            if (reservoir.size() < rows) {
                reservoir.push_back({sample.fileRows, line, std::string(records.record(text, r))});
            } else if (const std::uint64_t j = rng.below(sample.fileRows + 1); j < rows) {
                reservoir[j].row = sample.fileRows;
                reservoir[j].line = line;
                reservoir[j].record.assign(records.record(text, r));
            }
            ++sample.fileRows;
        }
        report(progress, {ProgressEvent::Stage::Reading, reader.bytesRead(), reader.inputSize()});
    }
    if (first)
        throw InputError(reader.name(), 0, 0, "The file is empty.");
    sample.sampledRows = reservoir.size();
    sample.readAsWindows1252 = reader.readAsWindows1252();
    writeText(sample, reservoir, header, headerLine);
    return sample;
}

} // namespace awb
