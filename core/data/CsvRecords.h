// Splitting a text buffer into CSV records and cells, RFC 4180 style: quoted fields may hold the
// delimiter, doubled quotes and line breaks; CRLF and blank lines are tolerated. The record index
// (offset, length, line per record) is what every later pass and the RowSource walk.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/Progress.h"

namespace awb {

struct RecordIndex {
    std::vector<std::uint64_t> offset;  // first byte of each non-blank record
    std::vector<std::uint32_t> length;  // bytes, without the line terminator
    std::vector<std::uint32_t> line;    // 1-based line where the record starts

    std::size_t size() const { return offset.size(); }
    std::string_view record(std::string_view text, std::size_t i) const { return text.substr(offset[i], length[i]); }
};

struct CsvDialect {
    char delimiter = ',';
    bool hasHeader = false;
};

// Records longer than this are refused: no network-flow table has them, and a binary or
// mislabelled file must fail fast instead of exhausting memory.
inline constexpr std::size_t kMaxRecordBytes = 16u << 20;

// Indexes the records of `text`. Throws InputError for an unterminated quote, an oversized
// record or binary content. `maxRecords` > 0 stops early (previews); `dropPartialTail` drops a
// last record that may have been cut (a truncated preview buffer).
RecordIndex indexRecords(std::string_view text, char delimiter, const std::string &file, std::size_t maxRecords = 0,
                         bool dropPartialTail = false, const ProgressFn &progress = {}, const CancelFlag *cancel = nullptr);

// Just past the last complete record of `text` (which starts at a record boundary): its line
// break outside quoted fields, by the rules indexRecords follows; 0 when there is none. How text
// read in chunks is cut at a record boundary.
std::size_t completeRecordsEnd(std::string_view text, char delimiter);

// Splits one record into cells (views into the record, or into `scratch` for quoted cells with
// escapes). `scratch` must not be touched while the cells are in use.
void splitRecord(std::string_view record, char delimiter, std::vector<std::string_view> &cells, std::string &scratch);

// Calls visit(column, cell) for each field of a record, without building a cell list for the
// common unquoted record; returns the number of fields. Quoted records go through splitRecord.
template <typename Visit>
std::size_t forEachField(std::string_view record, char delimiter, std::vector<std::string_view> &cells,
                         std::string &scratch, Visit visit)
{
    if (record.find('"') != std::string_view::npos) {
        splitRecord(record, delimiter, cells, scratch);
        for (std::size_t c = 0; c < cells.size(); ++c)
            visit(c, cells[c]);
        return cells.size();
    }
    const char *p = record.data();
    const char *end = p + record.size();
    std::size_t column = 0;
    for (;;) {
        const char *q = p;
        while (q != end && *q != delimiter)
            ++q;
        visit(column++, std::string_view(p, static_cast<std::size_t>(q - p)));
        if (q == end)
            return column;
        p = q + 1;
    }
}

// Guesses the delimiter (, ; tab |) and whether the first record is a header, from the first lines.
CsvDialect detectDialect(std::string_view text, const std::string &file);
bool detectHeader(std::string_view text, const RecordIndex &sample, char delimiter);

} // namespace awb
