// The first pass (structure: field counts, labels, categories, missing cells) and the second pass
// (numbers into the final matrix), each over contiguous chunks of records on worker threads, plus
// the imputation and scaling fitted on the training rows.
#include "data/EncodingPasses.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
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
    void step(std::size_t rows)
    {
        throwIfCancelled(cancel_);
        const auto done = done_.fetch_add(rows) + rows;
        report(progress_, {ProgressEvent::Stage::Encoding, done, total_});
    }

private:
    const ProgressFn &progress_;
    const CancelFlag *cancel_;
    std::uint64_t total_;
    std::atomic<std::uint64_t> done_{0};
};

constexpr std::size_t kProgressRows = 1 << 15;

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
    throw InputError(file.name, file.records.line[record], std::min(got, expected) + 1,
                     "This row has " + std::to_string(got) + " fields, but the table has " + std::to_string(expected) +
                         " columns.");
}

// A numeric cell that may be missing or non-finite: empty, or starting with a letter (nan, NA,
// inf, null...). Numbers never do, so the first pass needs no float parsing.
bool suspect(std::string_view cell)
{
    if (!cell.empty() && static_cast<unsigned>(cell.front() - '0') < 10)
        return false;  // the common case: a plain number
    cell = trimSpaces(cell);
    if (cell.empty())
        return true;
    const char c = cell.front() == '-' || cell.front() == '+' ? (cell.size() > 1 ? cell[1] : '0') : cell.front();
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

[[noreturn]] void notANumber(const SourceFile &file, std::size_t record, int column, std::string_view cell,
                             const std::string &name)
{
    std::string shown(trimSpaces(cell).substr(0, 40));
    throw InputError(file.name, file.records.line[record], static_cast<std::uint64_t>(column) + 1,
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

NumericStats::NumericStats(std::size_t columns)
    : lo(columns, std::numeric_limits<double>::infinity()), hi(columns, -std::numeric_limits<double>::infinity()),
      sum(columns, 0.0), squares(columns, 0.0), missing(columns, 0)
{
}

void NumericStats::add(const float *row)
{
    // Without a branch per cell: std::min and std::max keep the bound when v is NaN.
    for (std::size_t j = 0; j < lo.size(); ++j) {
        const double v = row[j];
        const bool isMissing = std::isnan(v);
        const double counted = isMissing ? 0.0 : v;
        missing[j] += isMissing;
        lo[j] = std::min(lo[j], v);
        hi[j] = std::max(hi[j], v);
        sum[j] += counted;
        squares[j] += counted * counted;
    }
}

void NumericStats::merge(const NumericStats &other)
{
    for (std::size_t j = 0; j < lo.size() && j < other.lo.size(); ++j) {
        lo[j] = std::min(lo[j], other.lo[j]);
        hi[j] = std::max(hi[j], other.hi[j]);
        sum[j] += other.sum[j];
        squares[j] += other.squares[j];
        missing[j] += other.missing[j];
    }
}

std::vector<std::string> TextRowSource::cells(std::size_t row) const
{
    std::vector<std::string_view> views;
    std::string scratch;
    splitRecord(file_.records.record(file_.buffer->text(), file_.firstData + row), file_.delimiter, views, scratch);
    return {views.begin(), views.end()};
}

EncodingPlan::EncodingPlan(const Schema &schema, MissingPolicy missingPolicy) : missing(missingPolicy)
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
}

std::uint32_t Dictionaries::intern(std::size_t column, std::string_view value)
{
    Column &c = columns_[column];
    const auto [it, added] = c.codes.try_emplace(std::string(value), static_cast<std::uint32_t>(c.values.size()));
    if (added)
        c.values.emplace_back(value);
    return it->second;
}

FirstPass runFirstPass(const SourceFile &file, const EncodingPlan &plan, Dictionaries &dictionaries, int threads,
                       const ProgressFn &progress, const CancelFlag *cancel)
{
    const std::size_t rows = file.rows(), categories = plan.categorical.size();
    FirstPass pass;
    pass.labelCode.assign(plan.label >= 0 ? rows : 0, 0);
    pass.categoryCode.assign(rows * categories, 0);
    pass.dropRow.assign(rows, 0);
    struct Local {
        std::vector<LocalCodes> codes;
        std::uint64_t missing = 0, nonFinite = 0;
    };
    const int chunks = std::max(1, threads);
    std::vector<Local> locals(static_cast<std::size_t>(chunks));
    RowProgress rowProgress(progress, cancel, rows);
    const std::string_view text = file.buffer->text();
    const std::vector<Action> actions = columnActions(plan);

    parallelChunks(rows, chunks, [&](int chunk, std::size_t begin, std::size_t end) {
        Local &local = locals[static_cast<std::size_t>(chunk)];
        local.codes.resize(categories + 1);
        const auto code = [&local](std::size_t column, std::string_view value) { return local.codes[column].code(value); };
        FieldSplitter splitter;
        for (std::size_t row = begin; row < end; ++row) {
            if ((row - begin) % kProgressRows == kProgressRows - 1) {
                rowProgress.step(kProgressRows);
                releaseRows(file, row + 1 - kProgressRows, row + 1);
            }
            const std::size_t record = file.firstData + row;
            const std::size_t fields = splitter.forEach(file.records.record(text, record), file.delimiter,
                                                        [&](std::size_t column, std::string_view cell) {
                if (column >= plan.columns)
                    return;
                const Action action = actions[column];
                if (action.kind == Action::Categorical) {
                    pass.categoryCode[row * categories + action.slot] = code(action.slot, trimSpaces(cell));
                } else if (action.kind == Action::Label) {
                    const std::string_view label = trimSpaces(cell);
                    if (label.empty()) {
                        if (plan.missing != MissingPolicy::DropRow)
                            throw InputError(file.name, file.records.line[record], column + 1,
                                             "The label cell is empty. Fill it in, or choose to drop rows with missing cells.");
                        pass.dropRow[row] = 1;
                    }
                    pass.labelCode[row] = code(categories, label);
                } else if (action.kind == Action::Numeric && suspect(cell)) {
                    float value = 0;
                    const CellKind kind = parseCell(cell, value);
                    if (kind == CellKind::Text)
                        notANumber(file, record, static_cast<int>(column), cell, plan.names[column]);
                    if (kind == CellKind::Number)
                        return;
                    (kind == CellKind::Missing ? local.missing : local.nonFinite) += 1;
                    if (plan.missing == MissingPolicy::Fail)
                        throw InputError(file.name, file.records.line[record], column + 1,
                                         std::string("The cell is ") + (kind == CellKind::Missing ? "missing" : "not finite") +
                                             " in column \"" + plan.names[column] + "\" (missing cells are set to stop the load).");
                    if (plan.missing == MissingPolicy::DropRow)
                        pass.dropRow[row] = 1;
                }
            });
            if (fields != plan.columns)
                raggedRow(file, record, fields, plan.columns);
        }
    });

    // Merge the chunks' codes into the shared dictionaries in chunk order, then renumber the rows.
    const int used = chunkCount(rows, chunks);
    for (int chunk = 0; chunk < used; ++chunk) {
        const Local &local = locals[static_cast<std::size_t>(chunk)];
        pass.missingCells += local.missing;
        pass.nonFiniteCells += local.nonFinite;
        const std::size_t begin = rows * static_cast<std::size_t>(chunk) / used;
        const std::size_t end = rows * static_cast<std::size_t>(chunk + 1) / used;
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
                std::uint32_t &c = column == categories ? pass.labelCode[row] : pass.categoryCode[row * categories + column];
                c = global[c];
            }
        }
    }
    rowProgress.step(0);
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

Matrix runSecondPass(const std::vector<SourceFile> &files, const EncodingPlan &plan, const Preprocessor &preprocessor,
                     const Dictionaries &dictionaries, const std::vector<FirstPass> &firstPass,
                     const RowPlacement &placement, int threads, DatasetSummary &summary, TrainingNumbers &training,
                     const ProgressFn &progress, const CancelFlag *cancel)
{
    const std::size_t nTrain = placement.train.size(), n = nTrain + placement.test.size();
    const std::size_t numeric = preprocessor.numeric.size(), width = preprocessor.encodedWidth();
    const std::size_t categories = plan.categorical.size();
    std::vector<std::uint8_t> logOf(numeric);
    for (std::size_t j = 0; j < numeric; ++j)
        logOf[j] = preprocessor.numeric[j].log1p ? 1 : 0;
    // Dictionary code -> encoded column (or -1: a category training never saw).
    std::vector<std::vector<std::int32_t>> columnOf(categories);
    std::size_t blockStart = numeric;
    for (std::size_t k = 0; k < categories; ++k) {
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
    // Source column -> encoded numeric column (or -1).
    std::vector<std::int32_t> numericSlot(plan.columns, -1);
    for (std::size_t j = 0; j < numeric; ++j)
        numericSlot[static_cast<std::size_t>(preprocessor.numeric[j].sourceColumn)] = static_cast<std::int32_t>(j);

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
    std::vector<std::uint64_t> outOfRange(unseen.size(), 0);
    std::vector<NumericStats> stats(unseen.size(), NumericStats(numeric));
    training.sampleStep = std::max<std::size_t>(1, nTrain / TrainingNumbers::kMedianSample);
    training.sample.resize((nTrain + training.sampleStep - 1) / training.sampleStep * numeric);
    RowProgress rowProgress(progress, cancel, n);
    parallelChunks(n, threads, [&](int chunk, std::size_t begin, std::size_t end) {
        FieldSplitter splitter;
        for (std::size_t d = begin; d < end; ++d) {
            if ((d - begin) % kProgressRows == kProgressRows - 1) {
                rowProgress.step(kProgressRows);
                releasePlaced(d + 1 - kProgressRows, d + 1);
            }
            const bool test = d >= nTrain;
            const std::size_t f = test && placement.testFromSecondFile ? 1 : 0;
            const std::size_t row = test ? placement.test[d - nTrain] : placement.train[d];
            const SourceFile &file = files[f];
            const std::size_t record = file.firstData + row;
            float *out = features.row(static_cast<Eigen::Index>(d)).data();
            splitter.forEach(file.records.record(file.buffer->text(), record), file.delimiter,
                             [&](std::size_t column, std::string_view cell) {
                const std::int32_t j = column < numericSlot.size() ? numericSlot[column] : -1;
                if (j < 0)
                    return;
                float value = 0;
                switch (parseCell(cell, value)) {
                case CellKind::Number: out[j] = logOf[static_cast<std::size_t>(j)] ? std::log1p(std::max(value, 0.0f)) : value; break;
                case CellKind::Missing: out[j] = std::numeric_limits<float>::quiet_NaN(); break;
                case CellKind::NonFinite:
                    // Suspect cells (inf, nan) were counted in the first pass; what is left here
                    // are numbers beyond float range.
                    outOfRange[static_cast<std::size_t>(chunk)] += !suspect(cell);
                    out[j] = std::numeric_limits<float>::quiet_NaN();
                    break;
                case CellKind::Text:
                    notANumber(file, record, static_cast<int>(column), cell, plan.names[column]);
                }
            });
            if (d < nTrain) {
                stats[static_cast<std::size_t>(chunk)].add(out);
                if (d % training.sampleStep == 0)
                    std::copy(out, out + numeric, training.sample.begin() + static_cast<std::ptrdiff_t>(d / training.sampleStep * numeric));
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
        summary.nonFiniteCells += outOfRange[c];
    }
    return features;
}

namespace {

// The median (numpy's: the mean of the two middle values for an even count) and the interquartile
// range of `values`, which it reorders; zeros when empty.
void medianAndQuartileRange(std::vector<float> &values, float &median, double &quartileRange)
{
    median = 0.0f;
    quartileRange = 0.0;
    if (values.empty())
        return;
    const auto mid = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    median = *mid;
    if (values.size() % 2 == 0)
        median = (median + *std::max_element(values.begin(), mid)) / 2.0f;
    const auto q1 = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 4);
    const auto q3 = values.begin() + static_cast<std::ptrdiff_t>(3 * values.size() / 4);
    std::nth_element(values.begin(), q1, mid);
    std::nth_element(mid, q3, values.end());
    quartileRange = double(*q3) - double(*q1);
}

} // namespace

void fitNumeric(const Matrix &features, std::size_t trainRows, const TrainingNumbers &training, Preprocessor &p, int threads)
{
    const auto rows = static_cast<Eigen::Index>(trainRows);
    const std::size_t numeric = p.numeric.size();
    const NumericStats &total = training.stats;
    // Medians: exact where this training data has missing cells (they are imputed now); where it
    // has none, the median only serves later files, and the sampled rows estimate it.
    const std::size_t sampled = numeric == 0 ? 0 : training.sample.size() / numeric;
    std::vector<double> quartileRange(numeric, 0.0);  // for robust scaling, from the same rows
    parallelChunks(numeric, threads, [&](int, std::size_t begin, std::size_t end) {
        std::vector<float> values;
        for (std::size_t j = begin; j < end; ++j) {
            values.clear();
            if (total.missing[j] > 0) {
                for (Eigen::Index r = 0; r < rows; ++r)
                    if (const float v = features(r, static_cast<Eigen::Index>(j)); !std::isnan(v))
                        values.push_back(v);
            } else {
                for (std::size_t r = 0; r < sampled; ++r)
                    values.push_back(training.sample[r * numeric + j]);
            }
            medianAndQuartileRange(values, p.numeric[j].median, quartileRange[j]);
        }
    }, 1);

    for (std::size_t j = 0; j < numeric; ++j) {
        NumericEncoding &n = p.numeric[j];
        // Statistics of the imputed column: missing cells count as the median.
        const double imputed = static_cast<double>(total.missing[j]);
        const double lo = imputed > 0 ? std::min<double>(total.lo[j], n.median) : total.lo[j];
        const double hi = imputed > 0 ? std::max<double>(total.hi[j], n.median) : total.hi[j];
        const double sum = total.sum[j] + imputed * n.median;
        const double squares = total.squares[j] + imputed * n.median * n.median;
        n.constant = !(hi > lo);
        if (n.constant) {
            n.offset = static_cast<float>(std::isfinite(lo) ? lo : 0.0);
            n.scale = 0.0f;
            continue;
        }
        switch (p.scaling) {
        case Scaling::MinMax:
            n.offset = static_cast<float>(lo);
            n.scale = static_cast<float>(1.0 / (hi - lo));
            break;
        case Scaling::Standard: {
            const double mean = sum / static_cast<double>(rows);
            const double variance = std::max(0.0, squares / static_cast<double>(rows) - mean * mean);
            n.offset = static_cast<float>(mean);
            n.scale = variance > 0 ? static_cast<float>(1.0 / std::sqrt(variance)) : 1.0f;
            break;
        }
        case Scaling::None:
            n.offset = 0.0f;
            n.scale = 1.0f;
            break;
        case Scaling::Robust:  // scikit-learn's RobustScaler: a zero range scales by 1
            n.offset = n.median;
            n.scale = quartileRange[j] > 0 ? static_cast<float>(1.0 / quartileRange[j]) : 1.0f;
            break;
        }
    }
}

void applyNumeric(Matrix &features, const Preprocessor &p, DatasetSummary &summary, int threads)
{
    const auto numeric = static_cast<Eigen::Index>(p.numeric.size());
    Eigen::RowVectorXf offset(numeric), scale(numeric), median(numeric);
    for (Eigen::Index j = 0; j < numeric; ++j) {
        offset(j) = p.numeric[static_cast<std::size_t>(j)].offset;
        scale(j) = p.numeric[static_cast<std::size_t>(j)].scale;
        median(j) = p.numeric[static_cast<std::size_t>(j)].median;
    }
    // Without missing cells (the usual case) the whole block is one vectorised expression.
    const bool anyMissing = summary.missingCells + summary.nonFiniteCells > 0;
    std::vector<std::uint64_t> imputed(static_cast<std::size_t>(std::max(1, threads)), 0);
    parallelChunks(static_cast<std::size_t>(features.rows()), threads, [&](int chunk, std::size_t begin, std::size_t end) {
        auto block = features.block(static_cast<Eigen::Index>(begin), 0, static_cast<Eigen::Index>(end - begin), numeric);
        if (anyMissing) {
            for (Eigen::Index r = 0; r < block.rows(); ++r)
                for (Eigen::Index j = 0; j < numeric; ++j)
                    if (std::isnan(block(r, j))) {
                        block(r, j) = median(j);
                        ++imputed[static_cast<std::size_t>(chunk)];
                    }
        }
        block.array() = (block.array().rowwise() - offset.array()).rowwise() * scale.array();
    });
    for (const auto count : imputed)
        summary.imputedCells += count;
}

} // namespace awb
