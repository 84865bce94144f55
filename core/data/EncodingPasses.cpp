// The first pass (structure: field counts, labels, categories, missing cells) and the second pass
// (numbers into the final matrix), each over contiguous chunks of records on worker threads.
#include "data/EncodingPasses.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <cmath>
#include <functional>
#include <limits>
#include <mutex>
#include <thread>

#include <sys/mman.h>

#include "common/InputError.h"
#include "common/ParallelChunks.h"
#include "common/StringHash.h"
#include "data/CellParser.h"

namespace awb {
namespace {

// One chunk's codes for one column's values, numbered in order of first appearance. A small cache
// of views into the map's own keys stands in front of the hash map: a flow table repeats a few
// values (protocols, flags, labels) row after row.
class LocalCodes {
public:
    using Map = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;

    std::uint32_t code(std::string_view value)
    {
        Slot &slot = slots_[slotOf(value)];
        if (slot.code != kEmpty && sameText(slot.value, value))
            return slot.code;
        auto found = codes_.find(value);
        if (found == codes_.end())
            found = codes_.emplace(std::string(value), static_cast<std::uint32_t>(codes_.size())).first;
        slot = {found->first, found->second};
        return found->second;
    }
    const Map &codes() const { return codes_; }

private:
    static constexpr std::uint32_t kEmpty = ~0u;
    struct Slot {
        std::string_view value;
        std::uint32_t code = kEmpty;
    };
    // Byte by byte: the values are short, and a library call would cost more than the comparison.
    static bool sameText(std::string_view a, std::string_view b)
    {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }
    // The length and the first, middle and last bytes, mixed: 64 slots.
    static std::size_t slotOf(std::string_view value)
    {
        if (value.empty())
            return 0;
        const auto byte = [&](std::size_t i) { return static_cast<std::uint64_t>(static_cast<unsigned char>(value[i])); };
        const std::uint64_t key = value.size() | byte(0) << 8 | byte(value.size() / 2) << 16 | byte(value.size() - 1) << 24;
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 58);
    }
    std::array<Slot, 64> slots_{};
    Map codes_;
};

// Rows done across threads, reported as Stage::Encoding now and then.
class RowProgress {
public:
    RowProgress(const ProgressFn &progress, const CancelFlag *cancel, std::uint64_t total)
        : progress_(progress), cancel_(cancel), total_(total) {}
    // Threads finish their steps in any order: a figure is reported only when it is above every
    // one reported so far, so progress never goes back.
    void step(std::size_t rows)
    {
        throwIfCancelled(cancel_);
        const auto done = done_.fetch_add(rows) + rows;
        const std::lock_guard lock(reporting_);
        if (done <= reported_)
            return;
        reported_ = done;
        report(progress_, {ProgressEvent::Stage::Encoding, done, total_});
    }

private:
    const ProgressFn &progress_;
    const CancelFlag *cancel_;
    std::uint64_t total_;
    std::atomic<std::uint64_t> done_{0};
    std::mutex reporting_;
    std::uint64_t reported_ = 0;
};

// Rows between progress reports, and between handing read file pages back to the kernel (often,
// so that the text read so far and the matrix written so far do not add up).
constexpr std::size_t kProgressRows = 1 << 15;
constexpr std::size_t kReleaseRows = 1 << 12;
static_assert(kProgressRows % kReleaseRows == 0);

// The matrix is written once, row by row, by every thread: with 2 MB pages that is 512 times
// fewer page faults than with 4 KB ones (where the kernel offers them on request).
void preferHugePages(void *data, std::size_t bytes)
{
    constexpr std::uintptr_t kHuge = 2u << 20;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) / kHuge * kHuge;
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) / kHuge * kHuge;
    if (end > begin)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
}

// Lets the kernel take back the file pages of data rows [first, last) (see TextBuffer::release).
void releaseRows(const SourceFile &file, std::size_t first, std::size_t last)
{
    if (first >= last)
        return;
    const std::size_t a = file.firstData + first, b = file.firstData + last - 1;
    file.buffer->release(file.records.offset[a], file.records.offset[b] + file.records.length[b]);
}

[[noreturn]] void raggedRow(const SourceFile &file, std::size_t record, std::size_t got, std::size_t expected)
{
    throw InputError(file.name, file.line(record), std::min(got, expected) + 1, raggedRecordMessage(got, expected));
}

// A numeric cell that may be missing, non-finite or text: one that does not start, after a sign,
// with a digit or a point as a number does (empty, nan, NA, inf, null, -, ?, words). The first pass
// parses only these, so it needs no float parsing for plain numbers.
bool suspect(std::string_view cell)
{
    if (!cell.empty() && static_cast<unsigned>(cell.front() - '0') < 10)
        return false;  // the common case: a plain number
    cell = trimSpaces(cell);
    const std::size_t sign = !cell.empty() && (cell.front() == '-' || cell.front() == '+') ? 1 : 0;
    if (cell.size() == sign)
        return true;
    const char c = cell[sign];
    return !(static_cast<unsigned>(c - '0') < 10 || c == '.');
}

[[noreturn]] void notANumber(const SourceFile &file, std::size_t record, int column, std::string_view cell,
                             const std::string &name)
{
    std::string shown(trimSpaces(cell).substr(0, 40));
    throw InputError(file.name, file.line(record), static_cast<std::uint64_t>(column) + 1,
                     "\"" + shown + "\" is not a number, but column \"" + name +
                         "\" is numeric. Fix the cell, or make the column categorical or ignored.");
}

// What a pass does with each source column.
struct Action {
    enum Kind { Skip, Numeric, Categorical, Label } kind = Skip;
    std::size_t slot = 0;  // index among the numeric or categorical columns
};

std::vector<Action> columnActions(const EncodingPlan &plan)
{
    std::vector<Action> actions(plan.columns);
    for (std::size_t j = 0; j < plan.numeric.size(); ++j)
        actions[static_cast<std::size_t>(plan.numeric[j])] = {Action::Numeric, j};
    for (std::size_t k = 0; k < plan.categorical.size(); ++k)
        actions[static_cast<std::size_t>(plan.categorical[k])] = {Action::Categorical, k};
    if (plan.label >= 0)
        actions[static_cast<std::size_t>(plan.label)] = {Action::Label, 0};
    return actions;
}

} // namespace

std::vector<std::string> TextRowSource::cells(std::size_t row) const
{
    std::vector<std::string_view> views;
    std::string scratch;
    splitRecord(file_.records.record(file_.buffer->text(), file_.firstData + row), file_.delimiter, views, scratch);
    return {views.begin(), views.end()};
}

EncodingPlan::EncodingPlan(const Schema &schema, MissingPolicy missingPolicy, const Preprocessor *placed)
    : missing(missingPolicy)
{
    columns = schema.columns.size();
    for (std::size_t c = 0; c < columns; ++c) {
        names.push_back(schema.columns[c].name);
        heavyTailed.push_back(schema.columns[c].heavyTailed ? 1 : 0);
        switch (schema.columns[c].role) {
        case ColumnRole::NumericFeature: numeric.push_back(static_cast<int>(c)); break;
        case ColumnRole::CategoricalFeature: categorical.push_back(static_cast<int>(c)); break;
        case ColumnRole::Label: label = static_cast<int>(c); break;
        case ColumnRole::Ignored:
        case ColumnRole::AttackType: break;
        }
    }
    if (!placed)
        return;
    numeric.clear();
    categorical.clear();
    for (const NumericEncoding &n : placed->numeric)
        numeric.push_back(n.sourceColumn);
    for (const CategoricalEncoding &c : placed->categorical)
        categorical.push_back(c.sourceColumn);
}

std::uint32_t Dictionaries::intern(std::size_t column, std::string_view value)
{
    Column &c = columns_[column];
    const auto [it, added] = c.codes.try_emplace(std::string(value), static_cast<std::uint32_t>(c.values.size()));
    if (added)
        c.values.emplace_back(value);
    return it->second;
}

namespace {

// One chunk's share of the first pass: its codes per categorical column (and the label, last)
// and its missing and non-finite cells.
struct FirstPassChunk {
    std::vector<LocalCodes> codes;
    std::vector<std::uint64_t> missing, nonFinite;  // per source column
    std::uint64_t empty = 0, headers = 0;
    std::size_t firstHeaderRow = 0;  // when `headers` > 0
};


// Merges the chunks' codes into the shared dictionaries in chunk order (so codes number values in
// order of first appearance in the file), then renumbers the rows.
void mergeChunks(const std::vector<FirstPassChunk> &chunks, int used, const EncodingPlan &plan,
                 Dictionaries &dictionaries, FirstPass &pass)
{
    const std::size_t rows = pass.dropRow.size(), categories = plan.categorical.size();
    for (int chunk = 0; chunk < used; ++chunk) {
        const FirstPassChunk &local = chunks[static_cast<std::size_t>(chunk)];
        for (std::size_t c = 0; c < local.missing.size(); ++c) {
            pass.missingCells[c] += local.missing[c];
            pass.nonFiniteCells[c] += local.nonFinite[c];
        }
        pass.emptyRows += local.empty;
        pass.headerCopies += local.headers;
        const std::size_t begin = rows * static_cast<std::size_t>(chunk) / static_cast<std::size_t>(used);
        const std::size_t end = rows * static_cast<std::size_t>(chunk + 1) / static_cast<std::size_t>(used);
        for (std::size_t column = 0; column <= categories; ++column) {
            if (column == categories && plan.label < 0)
                continue;
            const LocalCodes::Map &codes = local.codes[column].codes();
            std::vector<std::uint32_t> global(codes.size());
            std::vector<std::pair<std::uint32_t, const std::string *>> ordered;
            for (const auto &[value, localCode] : codes)
                ordered.emplace_back(localCode, &value);
            std::sort(ordered.begin(), ordered.end());
            const std::size_t target = column == categories ? dictionaries.labelColumn() : column;
            for (const auto &[localCode, value] : ordered)
                global[localCode] = dictionaries.intern(target, *value);
            for (std::size_t row = begin; row < end; ++row) {
                if (pass.dropRow[row] == FirstPass::kSkippedRow)
                    continue;  // no code of its own (a chunk of such rows alone has no values at all)
                std::uint32_t &c = column == categories ? pass.labelCode[row] : pass.categoryCode[row * categories + column];
                c = global[c];
            }
        }
    }
}

// What the first pass does with one cell: a category or label code, an empty label, a missing,
// non-finite or text numeric cell (under the missing-cell policy).
void firstPassCell(const SourceFile &file, const EncodingPlan &plan, std::size_t record, std::size_t row,
                   std::size_t column, Action action, std::string_view cell, FirstPassChunk &local, FirstPass &pass)
{
    const std::size_t categories = plan.categorical.size();
    if (action.kind == Action::Categorical) {
        pass.categoryCode[row * categories + action.slot] = local.codes[action.slot].code(trimSpaces(cell));
    } else if (action.kind == Action::Label) {
        const std::string_view label = trimSpaces(cell);
        if (label.empty()) {
            if (plan.missing != MissingPolicy::DropRow)
                throw InputError(file.name, file.line(record), column + 1,
                                 "The label cell is empty. Fill it in, or drop rows with missing cells (Missing cells: "
                                 "drop the row, in the import dialog; --missing drop on the command line).");
            pass.dropRow[row] = 1;
        }
        pass.labelCode[row] = local.codes[categories].code(label);
    } else if (suspect(cell)) {
        float value = 0;
        const CellKind kind = parseCell(cell, value, file.decimalPoint);
        if (kind == CellKind::Text)
            notANumber(file, record, static_cast<int>(column), cell, plan.names[column]);
        if (kind == CellKind::Number)
            return;
        (kind == CellKind::Missing ? local.missing : local.nonFinite)[column] += 1;
        if (plan.missing == MissingPolicy::Fail)
            throw InputError(file.name, file.line(record), column + 1,
                             std::string("The cell is ") + (kind == CellKind::Missing ? "missing" : "not finite") +
                                 " in column \"" + plan.names[column] + "\" (missing cells are set to stop the load).");
        if (plan.missing == MissingPolicy::DropRow)
            pass.dropRow[row] = 1;
    }
}

} // namespace

FirstPass runFirstPass(const SourceFile &file, const EncodingPlan &plan, Dictionaries &dictionaries, int threads,
                       const ProgressFn &progress, const CancelFlag *cancel)
{
    const std::size_t rows = file.rows(), categories = plan.categorical.size();
    FirstPass pass;
    pass.labelCode.assign(plan.label >= 0 ? rows : 0, 0);
    pass.categoryCode.assign(rows * categories, 0);
    pass.dropRow.assign(rows, 0);
    pass.missingCells.assign(plan.columns, 0);
    pass.nonFiniteCells.assign(plan.columns, 0);
    const int chunks = std::max(1, threads);
    std::vector<FirstPassChunk> locals(static_cast<std::size_t>(chunks));
    RowProgress rowProgress(progress, cancel, rows);
    const std::string_view text = file.buffer->text();
    const std::string_view header = file.hasHeader ? file.records.record(text, 0) : std::string_view();
    // The columns the pass reads, in file order (so the first problem in a row is the one named).
    // A row whose numeric cells all start with a digit has no missing cell among them: then only
    // the categorical and label cells need reading. (Text that starts with a digit, 12abc, is
    // found by the second pass, which names it in no set order against other bad cells.)
    std::vector<std::pair<std::size_t, Action>> read, readUnlessNumeric;
    std::vector<std::uint32_t> numericColumns;
    const std::vector<Action> actions = columnActions(plan);
    for (std::size_t column = 0; column < actions.size(); ++column) {
        if (actions[column].kind == Action::Skip)
            continue;
        read.emplace_back(column, actions[column]);
        if (actions[column].kind == Action::Numeric)
            numericColumns.push_back(static_cast<std::uint32_t>(column));
        else
            readUnlessNumeric.emplace_back(column, actions[column]);
    }

    parallelChunks(rows, chunks, [&](int chunk, std::size_t begin, std::size_t end) {
        FirstPassChunk &local = locals[static_cast<std::size_t>(chunk)];
        local.codes.resize(categories + 1);
        local.missing.assign(plan.columns, 0);
        local.nonFinite.assign(plan.columns, 0);
        FieldSplitter splitter;
        for (std::size_t row = begin; row < end; ++row) {
            if ((row - begin) % kReleaseRows == kReleaseRows - 1) {
                releaseRows(file, row + 1 - kReleaseRows, row + 1);
                if ((row - begin) % kProgressRows == kProgressRows - 1)
                    rowProgress.step(kProgressRows);
            }
            const std::size_t record = file.firstData + row;
            const std::string_view line = file.records.record(text, record);
            const std::size_t fields = splitter.split(line, file.delimiter);
            // A copy of the header (with its own byte-order mark: 3 bytes more), or empty cells alone.
            if (line.size() == header.size() || line.size() == header.size() + 3 || trimSpaces(splitter.cell(0)).empty()) {
                if (const SkippedRecord skipped = skippedRecord(line, header, file.delimiter); skipped != SkippedRecord::None) {
                    pass.dropRow[row] = FirstPass::kSkippedRow;
                    if (skipped == SkippedRecord::Empty)
                        ++local.empty;
                    else if (local.headers++ == 0)
                        local.firstHeaderRow = row;
                    continue;
                }
            }
            if (fields != plan.columns)
                raggedRow(file, record, fields, plan.columns);
            for (const auto &[column, action] : splitter.startWithDigits(numericColumns) ? readUnlessNumeric : read)
                firstPassCell(file, plan, record, row, column, action, splitter.cell(column), local, pass);
        }
    });

    mergeChunks(locals, chunkCount(rows, chunks), plan, dictionaries, pass);
    for (const FirstPassChunk &local : locals)  // in file order: the first chunk with a copy has the first one
        if (local.headers > 0 && pass.firstHeaderCopyLine == 0)
            pass.firstHeaderCopyLine = file.line(file.firstData + local.firstHeaderRow);
    throwIfCancelled(cancel);
    releaseRows(file, 0, rows);
    return pass;
}

Preprocessor fitCategories(const EncodingPlan &plan, const Dictionaries &dictionaries, const FirstPass &train,
                           const std::vector<std::uint32_t> &trainRows, const LoadOptions &options)
{
    Preprocessor p;
    p.scaling = options.scaling;
    for (const int column : plan.numeric) {
        NumericEncoding n;
        n.sourceColumn = column;
        n.name = plan.names[static_cast<std::size_t>(column)];
        n.log1p = options.log == LogTransform::HeavyTailed && plan.heavyTailed[static_cast<std::size_t>(column)];
        for (const auto &[ref, on] : options.logOverrides)
            if (ref.matches(column, n.name))
                n.log1p = on;
        p.numeric.push_back(n);
    }
    const std::size_t categories = plan.categorical.size();
    for (std::size_t k = 0; k < categories; ++k) {
        std::vector<std::uint8_t> seen(dictionaries.values(k).size(), 0);
        for (const std::uint32_t row : trainRows)
            seen[train.categoryCode[row * categories + k]] = 1;
        CategoricalEncoding c;
        c.sourceColumn = plan.categorical[k];
        c.name = plan.names[static_cast<std::size_t>(c.sourceColumn)];
        for (std::size_t code = 0; code < seen.size(); ++code)
            if (seen[code])
                c.categories.push_back(dictionaries.values(k)[code]);
        std::sort(c.categories.begin(), c.categories.end());
        p.categorical.push_back(std::move(c));
    }
    return p;
}

namespace {

// Dictionary code -> encoded column (or -1: a category training never saw), per categorical column.
std::vector<std::vector<std::int32_t>> oneHotColumns(const Preprocessor &preprocessor, const Dictionaries &dictionaries)
{
    std::vector<std::vector<std::int32_t>> columnOf(preprocessor.categorical.size());
    std::size_t blockStart = preprocessor.numeric.size();
    for (std::size_t k = 0; k < columnOf.size(); ++k) {
        const auto &enc = preprocessor.categorical[k];
        std::unordered_map<std::string_view, std::int32_t> position;
        for (std::size_t i = 0; i < enc.categories.size(); ++i)
            position.emplace(enc.categories[i], static_cast<std::int32_t>(blockStart + i));
        for (const auto &value : dictionaries.values(k)) {
            const auto found = position.find(value);
            columnOf[k].push_back(found == position.end() ? -1 : found->second);
        }
        blockStart += enc.categories.size();
    }
    return columnOf;
}

// Writes a record's numeric cells into their encoded columns (NaN where missing). The record is
// scanned once: a plain decimal parses on the way to its delimiter, other cells are skipped to
// theirs. A record with a quoted field is split instead, and a cell that is not a plain decimal
// goes through parseCell.
class NumericCells {
public:
    NumericCells(const EncodingPlan &plan, const Preprocessor &preprocessor) : plan_(plan), slot_(plan.columns, -1)
    {
        for (std::size_t j = 0; j < preprocessor.numeric.size(); ++j) {
            slot_[static_cast<std::size_t>(preprocessor.numeric[j].sourceColumn)] = static_cast<std::int32_t>(j);
            log_.push_back(preprocessor.numeric[j].log1p ? 1 : 0);
        }
    }

    // Counts the cells beyond float range into `outOfRange` (per source column).
    void write(const SourceFile &file, std::size_t record, float *out, FieldSplitter &splitter, std::uint64_t *outOfRange) const
    {
        const std::string_view text = file.records.record(file.buffer->text(), record);
        const char delimiter = file.delimiter;
        // Numbers parse while scanning unless the delimiter could be part of one.
        const bool scan = !(delimiter == '.' || delimiter == '-' || static_cast<unsigned>(delimiter - '0') < 10);
        const char *p = text.data(), *end = p + text.size();
        for (std::size_t column = 0; column < slot_.size(); ++column) {
            if (p != end && *p == '"')  // a quoted field (a quote elsewhere in a field is text)
                return writeSplit(file, record, text, out, splitter, outOfRange);
            const std::int32_t j = slot_[column];
            const char *stop = nullptr;
            float value = 0;
            if (j >= 0 && scan && (stop = parseDecimalPrefix(p, end, value, file.decimalPoint)) != nullptr && (stop == end || *stop == delimiter)) {
                out[j] = encoded(static_cast<std::size_t>(j), value);
            } else {
                const void *found = std::memchr(p, delimiter, static_cast<std::size_t>(end - p));
                stop = found ? static_cast<const char *>(found) : end;
                if (j >= 0)
                    outOfRange[column] += writeCell(file, record, column, std::string_view(p, static_cast<std::size_t>(stop - p)), out);
            }
            if (stop == end)
                break;
            p = stop + 1;
        }
    }

private:
    void writeSplit(const SourceFile &file, std::size_t record, std::string_view text, float *out, FieldSplitter &splitter,
                    std::uint64_t *outOfRange) const
    {
        splitter.forEach(text, file.delimiter, [&](std::size_t column, std::string_view cell) {
            if (column < slot_.size() && slot_[column] >= 0)
                outOfRange[column] += writeCell(file, record, column, cell, out);
        });
    }

    std::uint64_t writeCell(const SourceFile &file, std::size_t record, std::size_t column, std::string_view cell, float *out) const
    {
        const auto j = static_cast<std::size_t>(slot_[column]);
        float value = 0;
        switch (parseCell(cell, value, file.decimalPoint)) {
        case CellKind::Number: out[j] = encoded(j, value); return 0;
        case CellKind::Missing: out[j] = std::numeric_limits<float>::quiet_NaN(); return 0;
        case CellKind::NonFinite:
            // Suspect cells (inf, nan) were counted in the first pass; what is left here are
            // numbers beyond float range.
            out[j] = std::numeric_limits<float>::quiet_NaN();
            return suspect(cell) ? 0 : 1;
        case CellKind::Text: break;
        }
        notANumber(file, record, static_cast<int>(column), cell, plan_.names[column]);
    }

    float encoded(std::size_t j, float value) const { return log_[j] ? std::log1p(std::max(value, 0.0f)) : value; }

    const EncodingPlan &plan_;
    std::vector<std::int32_t> slot_;  // source column -> encoded numeric column, or -1
    std::vector<std::uint8_t> log_;   // per encoded numeric column
};

} // namespace

Matrix runSecondPass(const std::vector<SourceFile> &files, const EncodingPlan &plan, const Preprocessor &preprocessor,
                     const Dictionaries &dictionaries, const std::vector<FirstPass> &firstPass,
                     const RowPlacement &placement, int threads, DatasetSummary &summary, CellCounts &cells,
                     TrainingNumbers &training, const ProgressFn &progress, const CancelFlag *cancel)
{
    const std::size_t nTrain = placement.train.size(), n = nTrain + placement.test.size();
    const std::size_t numeric = preprocessor.numeric.size(), width = preprocessor.encodedWidth();
    const std::size_t categories = plan.categorical.size();
    const auto columnOf = oneHotColumns(preprocessor, dictionaries);
    const NumericCells numericCells(plan, preprocessor);

    // The bytes of placed rows [first, last): sorted within the train and the test part, so each
    // block's records lie in one span of its file.
    const auto releasePlaced = [&](std::size_t first, std::size_t last) {
        for (const bool test : {false, true}) {
            const std::size_t a = test ? std::max(first, nTrain) : first, b = test ? last : std::min(last, nTrain);
            if (a >= b)
                continue;
            const auto &rows = test ? placement.test : placement.train;
            const SourceFile &file = files[test && placement.testFromSecondFile ? 1 : 0];
            const std::size_t base = test ? nTrain : 0;
            releaseRows(file, rows[a - base], rows[b - 1 - base] + 1);
        }
    };
    Matrix features(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(width));
    preferHugePages(features.data(), static_cast<std::size_t>(features.size()) * sizeof(float));
    std::vector<std::uint64_t> unseen(static_cast<std::size_t>(std::max(1, threads)), 0);
    std::vector<std::vector<std::uint64_t>> outOfRange(unseen.size(), std::vector<std::uint64_t>(plan.columns, 0));
    std::vector<NumericStats> stats(unseen.size(), NumericStats(numeric));
    training.startSample(nTrain, numeric);
    RowProgress rowProgress(progress, cancel, n);
    parallelChunks(n, threads, [&](int chunk, std::size_t begin, std::size_t end) {
        FieldSplitter splitter;
        for (std::size_t d = begin; d < end; ++d) {
            if ((d - begin) % kReleaseRows == kReleaseRows - 1) {
                releasePlaced(d + 1 - kReleaseRows, d + 1);
                if ((d - begin) % kProgressRows == kProgressRows - 1)
                    rowProgress.step(kProgressRows);
            }
            const bool test = d >= nTrain;
            const std::size_t f = test && placement.testFromSecondFile ? 1 : 0;
            const std::size_t row = test ? placement.test[d - nTrain] : placement.train[d];
            float *out = features.row(static_cast<Eigen::Index>(d)).data();
            numericCells.write(files[f], files[f].firstData + row, out, splitter, outOfRange[static_cast<std::size_t>(chunk)].data());
            if (d < nTrain) {
                stats[static_cast<std::size_t>(chunk)].add(out);
                training.offer(d, out);
            }
            std::fill(out + numeric, out + width, 0.0f);
            for (std::size_t k = 0; k < categories; ++k) {
                const std::int32_t column = columnOf[k][firstPass[f].categoryCode[row * categories + k]];
                if (column >= 0)
                    out[column] = 1.0f;
                else
                    ++unseen[static_cast<std::size_t>(chunk)];
            }
        }
    });
    training.stats = NumericStats(numeric);
    for (std::size_t c = 0; c < unseen.size(); ++c) {
        training.stats.merge(stats[c]);
        summary.unseenCategoryCells += unseen[c];
        for (std::size_t column = 0; column < plan.columns; ++column)
            cells.nonFinite[column] += outOfRange[c][column];
    }
    return features;
}

} // namespace awb
