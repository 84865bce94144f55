// Record scanning: line breaks and quotes are found 16 bytes at a time; only records that contain a
// quote take the slower character-by-character path that understands quoted line breaks. Fields
// are split the same way (FieldSplitter).
#include "data/CsvRecords.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstring>
#include <map>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "common/InputError.h"
#include "data/CellParser.h"
#include "data/TextBuffer.h"

namespace awb {
namespace {

// A record that holds a quote, scanned from its start: where it ends (the index of its '\n', or
// text.size()), the line breaks inside its quoted fields, and whether a quoted field is left open
// (with where that quote stands, for the message).
struct QuotedScan {
    std::size_t end = 0;
    std::uint32_t extraLines = 0;
    bool unterminated = false;
    std::uint32_t quoteLine = 0;
    std::size_t quoteAt = 0;
};

QuotedScan scanQuotedRecord(std::string_view text, std::size_t start, char delimiter, std::uint32_t line)
{
    QuotedScan scan;
    bool fieldStart = true, inQuotes = false;
    std::size_t lineStart = start;
    for (std::size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"')
                    ++i;
                else
                    inQuotes = false;
            } else if (c == '\n') {
                ++scan.extraLines;
                lineStart = i + 1;
            }
            if (i - start > kMaxRecordBytes)
                break;
            continue;
        }
        if (c == '"' && fieldStart) {
            inQuotes = true;
            scan.quoteAt = i - lineStart;
            scan.quoteLine = line + scan.extraLines;
            fieldStart = false;
        } else if (c == delimiter) {
            fieldStart = true;
        } else if (c == '\n') {
            scan.end = i;
            return scan;
        } else if (c != '\r') {
            fieldStart = false;
        }
    }
    scan.unterminated = inQuotes;
    scan.end = text.size();
    return scan;
}

// End of the record starting at `start`; counts the line breaks inside quoted fields into
// `extraLines`. An open quoted field is an InputError.
std::size_t quotedRecordEnd(std::string_view text, std::size_t start, char delimiter, const std::string &file,
                            std::uint32_t line, std::uint32_t &extraLines)
{
    const QuotedScan scan = scanQuotedRecord(text, start, delimiter, line);
    if (scan.unterminated)
        throw InputError(file, scan.quoteLine, scan.quoteAt + 1, "A quoted field starts here but its closing quote is missing.");
    extraLines += scan.extraLines;
    return scan.end;
}

bool isNumber(std::string_view cell, char point)
{
    float value = 0;
    const CellKind kind = parseCell(cell, value, point);
    return kind == CellKind::Number || kind == CellKind::NonFinite;
}

bool isMissingToken(std::string_view cell)
{
    float value = 0;
    const CellKind kind = parseCell(cell, value);
    return kind == CellKind::Missing;
}

// The line breaks and quotes of a text, found 16 bytes at a time with a bit mask, so that a record
// costs a bit scan instead of two memchr calls. Positions are asked for in increasing order.
class BreakScanner {
public:
    explicit BreakScanner(std::string_view text) : text_(text) { load(0); }

    // The first '\n' or '"' at or after `from`, or the text's size.
    std::size_t next(std::size_t from)
    {
        if (from >= base_ + 16)
            load(from);
        else
            mask_ &= ~0u << (from - base_);
        while (mask_ == 0) {
            if (base_ + 16 >= text_.size())
                return text_.size();
            load(base_ + 16);
        }
        return base_ + static_cast<std::size_t>(std::countr_zero(mask_));
    }

private:
    void load(std::size_t at)
    {
        base_ = at;
        const char *bytes = text_.data() + at;
        char tail[16] = {};
        if (at + 16 > text_.size()) {
            if (at < text_.size())
                std::memcpy(tail, bytes, text_.size() - at);
            bytes = tail;
        }
#if defined(__SSE2__)
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes));
        mask_ = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, _mm_set1_epi8('\n'))) |
                                           _mm_movemask_epi8(_mm_cmpeq_epi8(block, _mm_set1_epi8('"'))));
#else
        mask_ = 0;
        for (unsigned i = 0; i < 16; ++i)
            mask_ |= static_cast<std::uint32_t>(bytes[i] == '\n' || bytes[i] == '"') << i;
#endif
    }

    std::string_view text_;
    std::size_t base_ = 0;
    std::uint32_t mask_ = 0;
};

struct SpanEnd {
    std::size_t next = 0;    // where the record after the span starts
    std::uint32_t line = 1;  // and its line
};

// How indexRecords reports, cancels and hands pages back, shared by the threads indexing. Only
// the thread that called it reports (the bytes indexed by both), so the callback is never called
// from two threads at once and its figures never go back.
struct IndexingContext {
    const ProgressFn &progress;
    const CancelFlag *cancel;
    const TextBuffer *pages;
    std::atomic<std::uint64_t> done{0};  // bytes indexed, across threads
    std::thread::id reporter = std::this_thread::get_id();
};

// Indexes into `index` the records of `text` that start in [from, stop), where `from` starts a
// record on `line`.
SpanEnd indexSpan(std::string_view text, std::size_t from, std::size_t stop, std::uint32_t line, char delimiter,
                  const std::string &file, std::size_t maxRecords, bool dropPartialTail, RecordIndex &index,
                  IndexingContext &context)
{
    std::size_t pos = from, counted = from;
    const auto count = [&] {
        const std::size_t upTo = std::min(pos, text.size());
        const std::uint64_t total = context.done.fetch_add(upTo - counted) + (upTo - counted);
        if (context.pages)
            context.pages->release(counted, upTo);
        counted = upTo;
        if (std::this_thread::get_id() == context.reporter)
            report(context.progress, {ProgressEvent::Stage::Reading, std::min<std::uint64_t>(total, text.size()), text.size()});
    };
    BreakScanner breaks(text);
    while (pos < stop) {
        if (pos == from || pos - counted >= (8u << 20)) {
            throwIfCancelled(context.cancel);
            count();
        }
        std::size_t end = breaks.next(pos);
        std::uint32_t extraLines = 0;
        if (end < text.size() && text[end] == '"')
            end = quotedRecordEnd(text, pos, delimiter, file, line, extraLines);
        std::size_t length = end - pos;
        if (length > kMaxRecordBytes)
            throw InputError(file, line, 0,
                             "This line is over " + std::to_string(kMaxRecordBytes >> 20) +
                                 " MB long; a table row never is. Is this really a CSV or TSV file?");
        if (length > 0 && text[pos + length - 1] == '\r')
            --length;
        const bool blank = trimSpaces(text.substr(pos, length)).empty();
        const bool partial = dropPartialTail && end == text.size();
        if (!blank && !partial) {
            index.offset.push_back(pos);
            index.length.push_back(static_cast<std::uint32_t>(length));
            index.line.push_back(line);
        }
        line += 1 + extraLines;
        pos = end + 1;
        if (maxRecords > 0 && index.size() >= maxRecords)
            break;
    }
    count();
    return {pos, line};
}

void reserveFor(RecordIndex &index, std::size_t bytes)
{
    index.offset.reserve(bytes / 64);
    index.length.reserve(bytes / 64);
    index.line.reserve(bytes / 64);
}

} // namespace

RecordIndex indexRecords(std::string_view text, char delimiter, const std::string &file, std::size_t maxRecords,
                         bool dropPartialTail, const ProgressFn &progress, const CancelFlag *cancel, const TextBuffer *pages)
{
    const std::size_t probe = std::min<std::size_t>(text.size(), 1 << 16);
    if (const void *nul = std::memchr(text.data(), '\0', probe)) {
        const auto at = static_cast<std::size_t>(static_cast<const char *>(nul) - text.data());
        const auto line = static_cast<std::uint64_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
        const std::size_t lineStart = text.rfind('\n', at) == std::string_view::npos ? 0 : text.rfind('\n', at) + 1;
        throw InputError(file, line, at - lineStart + 1, "The file contains binary data (a NUL byte): it is not a CSV or TSV text file.");
    }
    RecordIndex index;
    reserveFor(index, text.size());
    IndexingContext context{progress, cancel, pages};
    // A large file is indexed in two halves at once. The second half starts after the line break
    // past the middle, as if a record started there; that is so unless a quoted field spans the
    // break, and then the first half's last record ends beyond it, and indexing goes on from there.
    std::size_t split = text.size();
    if (maxRecords == 0 && text.size() >= (16u << 20))
        if (const void *nl = std::memchr(text.data() + text.size() / 2, '\n', text.size() - text.size() / 2))
            split = static_cast<std::size_t>(static_cast<const char *>(nl) - text.data()) + 1;
    if (split >= text.size()) {
        indexSpan(text, 0, text.size(), 1, delimiter, file, maxRecords, dropPartialTail, index, context);
        return index;
    }
    RecordIndex second;
    std::exception_ptr secondFailed;
    SpanEnd first;
    {
        std::jthread worker([&] {
            try {
                reserveFor(second, text.size() - split);
                indexSpan(text, split, text.size(), 1, delimiter, file, 0, dropPartialTail, second, context);
            } catch (...) {
                secondFailed = std::current_exception();
            }
        });
        first = indexSpan(text, 0, split, 1, delimiter, file, 0, dropPartialTail, index, context);
    }
    // A failure in the second half is met again below, with the right line numbers.
    if (first.next != split || secondFailed) {
        indexSpan(text, first.next, text.size(), first.line, delimiter, file, 0, dropPartialTail, index, context);
        return index;
    }
    index.offset.insert(index.offset.end(), second.offset.begin(), second.offset.end());
    index.length.insert(index.length.end(), second.length.begin(), second.length.end());
    for (const std::uint32_t line : second.line)
        index.line.push_back(line + first.line - 1);
    report(progress, {ProgressEvent::Stage::Reading, text.size(), text.size()});  // the worker's bytes too
    return index;
}

std::string raggedRecordMessage(std::size_t fields, std::size_t columns)
{
    return "This row has " + std::to_string(fields) + " fields, but the table has " + std::to_string(columns) + " columns.";
}

std::size_t completeRecordsEnd(std::string_view text, char delimiter)
{
    const std::size_t lastBreak = text.rfind('\n');
    if (lastBreak == std::string_view::npos)
        return 0;
    if (text.find('"') == std::string_view::npos)
        return lastBreak + 1;
    std::size_t end = 0;
    for (std::size_t pos = 0; pos <= lastBreak;) {
        std::size_t recordEnd = text.find('\n', pos);
        if (std::memchr(text.data() + pos, '"', recordEnd - pos)) {
            const QuotedScan scan = scanQuotedRecord(text, pos, delimiter, 1);
            if (scan.unterminated || scan.end == text.size())
                break;
            recordEnd = scan.end;
        }
        end = recordEnd + 1;
        pos = end;
    }
    return end;
}

bool FieldSplitter::findDelimiters(std::string_view record, char delimiter)
{
    const std::size_t n = record.size();
    // A delimiter per byte at most, the end, and room for a block's unconditional writes.
    if (ends_.size() < n + 18)
        ends_.resize(n + 18);
    const char *data = record.data();
    std::uint32_t *out = ends_.data();
    std::size_t i = 0;
    unsigned quotes = 0;
#if defined(__SSE2__)
    const __m128i delimiters = _mm_set1_epi8(delimiter), quote = _mm_set1_epi8('"');
    // Four positions written whether or not there are four (no branch per field); the count moves
    // the cursor.
    const auto emit = [&out](std::uint32_t mask, std::size_t base) {
        const int count = std::popcount(mask);
        for (int k = 0; k < 4; ++k) {
            out[k] = static_cast<std::uint32_t>(base) + static_cast<std::uint32_t>(std::countr_zero(mask));
            mask &= mask - 1;
        }
        for (int k = 4; k < count; ++k) {
            out[k] = static_cast<std::uint32_t>(base) + static_cast<std::uint32_t>(std::countr_zero(mask));
            mask &= mask - 1;
        }
        out += count;
    };
    const auto masks = [&](std::size_t at, std::uint32_t &delimiterMask) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at));
        delimiterMask = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, delimiters)));
        return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, quote)));
    };
    std::uint32_t mask = 0;
    for (; i + 16 <= n; i += 16) {
        quotes |= masks(i, mask);
        emit(mask, i);
    }
    // The last bytes: the record's last 16, without those already seen.
    if (i < n && n >= 16) {
        const auto seen = static_cast<unsigned>(16 - (n - i));
        quotes |= masks(n - 16, mask) >> seen;
        emit(mask >> seen, i);
        i = n;
    }
#endif
    for (; i < n; ++i) {
        quotes |= data[i] == '"';
        if (data[i] == delimiter)
            *out++ = static_cast<std::uint32_t>(i);
    }
    *out++ = static_cast<std::uint32_t>(n);
    fieldCount_ = static_cast<std::size_t>(out - ends_.data());
    return quotes == 0;
}

void splitRecord(std::string_view record, char delimiter, std::vector<std::string_view> &cells, std::string &scratch)
{
    cells.clear();
    if (record.find('"') == std::string_view::npos) {
        std::size_t start = 0;
        for (;;) {
            const std::size_t at = record.find(delimiter, start);
            if (at == std::string_view::npos) {
                cells.push_back(record.substr(start));
                return;
            }
            cells.push_back(record.substr(start, at - start));
            start = at + 1;
        }
    }
    scratch.clear();
    scratch.reserve(record.size());
    std::size_t i = 0;
    for (;;) {
        if (i < record.size() && record[i] == '"') {
            const std::size_t begin = scratch.size();
            ++i;
            while (i < record.size()) {
                if (record[i] == '"') {
                    if (i + 1 < record.size() && record[i + 1] == '"') {
                        scratch.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                scratch.push_back(record[i++]);
            }
            // Text between the closing quote and the delimiter is kept, as most readers do.
            while (i < record.size() && record[i] != delimiter)
                scratch.push_back(record[i++]);
            cells.push_back(std::string_view(scratch).substr(begin));
        } else {
            const std::size_t at = record.find(delimiter, i);
            const std::size_t end = at == std::string_view::npos ? record.size() : at;
            cells.push_back(record.substr(i, end - i));
            i = end;
        }
        if (i >= record.size())
            return;
        ++i;  // the delimiter
        if (i == record.size()) {
            cells.push_back(std::string_view());
            return;
        }
    }
}

CsvDialect detectDialect(std::string_view text, const std::string &file)
{
    CsvDialect dialect;
    const std::string_view head = text.substr(0, 1 << 16);
    int bestScore = -1;
    for (const char candidate : {',', '\t', ';', '|'}) {
        RecordIndex sample;
        try {
            sample = indexRecords(head, candidate, file, 30, head.size() < text.size());
        } catch (const InputError &) {
            continue;  // an unterminated quote under this delimiter: judged again on the full file
        }
        std::vector<std::string_view> cells;
        std::string scratch;
        std::map<std::size_t, int> counts;
        for (std::size_t r = 0; r < sample.size(); ++r) {
            splitRecord(sample.record(head, r), candidate, cells, scratch);
            ++counts[cells.size()];
        }
        if (counts.empty())
            continue;
        const auto mode = std::max_element(counts.begin(), counts.end(),
                                           [](const auto &a, const auto &b) { return a.second < b.second; });
        if (mode->first < 2)
            continue;
        // Consistent field counts matter most, then more fields.
        const int score = mode->second * 1000 + static_cast<int>(std::min<std::size_t>(mode->first, 999));
        if (score > bestScore) {
            bestScore = score;
            dialect.delimiter = candidate;
        }
    }
    return dialect;
}

bool detectHeader(std::string_view text, const RecordIndex &sample, char delimiter, char point)
{
    if (sample.size() < 2)
        return sample.size() == 1;  // a lone line: a header-only file is the likelier reading
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string_view> cells;
    std::string scratch;
    for (std::size_t r = 0; r < sample.size() && r < 200; ++r) {
        splitRecord(sample.record(text, r), delimiter, cells, scratch);
        rows.emplace_back(cells.begin(), cells.end());
    }
    const std::vector<std::string> &first = rows.front();
    bool allText = true;
    for (std::size_t c = 0; c < first.size(); ++c) {
        const bool text0 = !isNumber(first[c], point) && !isMissingToken(first[c]);
        allText = allText && text0;
        if (!text0)
            continue;
        std::size_t numeric = 0, present = 0;
        for (std::size_t r = 1; r < rows.size(); ++r) {
            if (c >= rows[r].size() || isMissingToken(rows[r][c]))
                continue;
            ++present;
            numeric += isNumber(rows[r][c], point);
        }
        if (present > 0 && numeric * 10 >= present * 9)
            return true;  // a name above a numeric column
    }
    if (!allText)
        return false;
    // All text: a header if none of its cells recurs below in its column.
    for (std::size_t c = 0; c < first.size(); ++c)
        for (std::size_t r = 1; r < rows.size(); ++r)
            if (c < rows[r].size() && trimSpaces(rows[r][c]) == trimSpaces(first[c]))
                return false;
    return true;
}

namespace {

// The separator of a plain decimal with a fractional part ("-0,25", "12.5", ",5"); 'g' for a
// number in groups of three digits ("1,234,567"); 0 for anything else, "1,234" among them (a
// thousand, or one and a bit: it tells nothing).
char decimalSeparator(std::string_view cell)
{
    cell = trimSpaces(cell);
    if (!cell.empty() && (cell.front() == '-' || cell.front() == '+'))
        cell.remove_prefix(1);
    const auto digit = [](char c) { return static_cast<unsigned>(c - '0') < 10; };
    const std::size_t comma = cell.find(',');
    const auto grouped = [&] {
        if (comma == 0 || comma > 3 || cell.front() == '0' || (cell.size() - comma) % 4 != 0)
            return false;
        for (std::size_t i = 0; i < cell.size(); ++i)
            if (i >= comma && (i - comma) % 4 == 0 ? cell[i] != ',' : !digit(cell[i]))
                return false;
        return true;
    };
    if (comma != std::string_view::npos && grouped())
        return cell.size() - comma > 4 ? 'g' : 0;
    std::size_t i = 0;
    while (i < cell.size() && digit(cell[i]))
        ++i;
    if (i >= cell.size() || (cell[i] != ',' && cell[i] != '.') || i + 1 == cell.size())
        return 0;
    for (std::size_t j = i + 1; j < cell.size(); ++j)
        if (!digit(cell[j]))
            return 0;
    return cell[i];
}

} // namespace

bool onlyDelimiters(std::string_view record, char delimiter)
{
    return std::all_of(record.begin(), record.end(),
                       [delimiter](char c) { return c == delimiter || c == ' ' || c == '\t' || c == '\r'; });
}

SkippedRecord skippedRecord(std::string_view record, std::string_view header, char delimiter)
{
    if (record.starts_with("\xEF\xBB\xBF"))  // a joined file's own byte-order mark
        record.remove_prefix(3);
    if (!header.empty() && record == header)
        return SkippedRecord::Header;
    return onlyDelimiters(record, delimiter) ? SkippedRecord::Empty : SkippedRecord::None;
}

char detectDecimalPoint(std::string_view text, const RecordIndex &sample, char delimiter)
{
    if (delimiter == ',')
        return '.';
    std::size_t commas = 0, points = 0, groups = 0;
    std::vector<std::string_view> cells;
    std::string scratch;
    for (std::size_t r = 0; r < sample.size() && r < kDecimalPointRecords; ++r) {
        splitRecord(sample.record(text, r), delimiter, cells, scratch);
        for (const std::string_view cell : cells) {
            const char separator = decimalSeparator(cell);
            commas += separator == ',';
            points += separator == '.';
            groups += separator == 'g';
        }
    }
    return commas > points && groups == 0 ? ',' : '.';
}

} // namespace awb
