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

class TextBuffer;

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
// last record that may have been cut (a truncated preview buffer). With `pages` (the buffer that
// holds `text`), the pages indexed so far go back to the kernel as indexing goes on, so that the
// whole file is never mapped at once (see TextBuffer::release).
RecordIndex indexRecords(std::string_view text, char delimiter, const std::string &file, std::size_t maxRecords = 0,
                         bool dropPartialTail = false, const ProgressFn &progress = {}, const CancelFlag *cancel = nullptr,
                         const TextBuffer *pages = nullptr);

// Just past the last complete record of `text` (which starts at a record boundary): its line
// break outside quoted fields, by the rules indexRecords follows; 0 when there is none. How text
// read in chunks is cut at a record boundary.
std::size_t completeRecordsEnd(std::string_view text, char delimiter);

// Splits one record into cells (views into the record, or into `scratch` for quoted cells with
// escapes). `scratch` must not be touched while the cells are in use.
void splitRecord(std::string_view record, char delimiter, std::vector<std::string_view> &cells, std::string &scratch);

// A record of empty cells alone (",,,,": spreadsheets save rows that once held something so), which
// every reader skips.
bool onlyDelimiters(std::string_view record, char delimiter);

// Records that are no data rows, which every reader skips: empty cells alone (above), or a copy of
// the header line (`header`, empty without one), where files were joined with their headers as
// CSE-CIC-IDS2018's were.
enum class SkippedRecord { None, Empty, Header };
SkippedRecord skippedRecord(std::string_view record, std::string_view header, char delimiter);

// What a record of `fields` fields in a table of `columns` is told (its error names the column
// min(fields, columns) + 1, where the two part).
std::string raggedRecordMessage(std::size_t fields, std::size_t columns);

// Splits records into fields: split() and cell(i), or forEach(visit(column, cell)). An unquoted
// record (the common case) is split in place: 16 bytes at a time, a bit mask marks the delimiters
// and a quote anywhere; a record with a quote goes through splitRecord. Holds its buffers, so one
// splitter per thread serves every record.
class FieldSplitter {
public:
    // Splits a record; returns the number of fields. The cells stay valid until the next split.
    std::size_t split(std::string_view record, char delimiter)
    {
        record_ = record;
        quoted_ = !findDelimiters(record, delimiter);
        if (!quoted_)
            return fieldCount_;
        splitRecord(record, delimiter, cells_, scratch_);
        return cells_.size();
    }
    // Field i (< the count split returned) of the last record split.
    std::string_view cell(std::size_t i) const
    {
        if (quoted_)
            return cells_[i];
        const std::uint32_t start = i == 0 ? 0 : ends_[i - 1] + 1;
        return record_.substr(start, ends_[i] - start);
    }
    // Whether every one of `columns` (< the count split returned) starts with a digit, as a plain
    // number does; false for a record with a quote.
    bool startWithDigits(const std::vector<std::uint32_t> &columns) const
    {
        if (quoted_)
            return false;
        bool all = true;
        for (const std::uint32_t c : columns) {
            const std::uint32_t start = c == 0 ? 0 : ends_[c - 1] + 1;
            all &= start < ends_[c] && static_cast<unsigned>(record_[start] - '0') < 10;
        }
        return all;
    }
    template <typename Visit>
    std::size_t forEach(std::string_view record, char delimiter, Visit visit)
    {
        const std::size_t fields = split(record, delimiter);
        for (std::size_t c = 0; c < fields; ++c)
            visit(c, cell(c));
        return fields;
    }

private:
    // Fills ends_ with each field's end (the delimiters, then the record's size); false when the
    // record holds a quote.
    bool findDelimiters(std::string_view record, char delimiter);

    std::string_view record_;
    std::vector<std::uint32_t> ends_;
    std::size_t fieldCount_ = 0;
    bool quoted_ = false;
    std::vector<std::string_view> cells_;
    std::string scratch_;
};

// Guesses the delimiter (, ; tab |) and whether the first record is a header, from the first lines.
CsvDialect detectDialect(std::string_view text, const std::string &file);
bool detectHeader(std::string_view text, const RecordIndex &sample, char delimiter, char point);
// The decimal point of a text's numbers: ',' where the delimiter is not a comma and, among the
// first records' cells (as many as the schema reads), decimals written with a comma ("0,25", as
// spreadsheets in many locales save them) outnumber those written with a point and no number is
// grouped in thousands ("1,234,567"); else '.'.
inline constexpr std::size_t kDecimalPointRecords = 2001;
char detectDecimalPoint(std::string_view text, const RecordIndex &sample, char delimiter);

} // namespace awb
