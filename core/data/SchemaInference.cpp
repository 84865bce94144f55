// Schema inference on a sample of records.
#include "data/SchemaInference.h"

#include <algorithm>
#include <unordered_set>

#include "common/InputError.h"
#include "common/ParallelChunks.h"
#include "data/CellParser.h"
#include "eval/NumberText.h"

namespace awb {
namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

bool isNormalValue(std::string_view value)
{
    const std::string v = lower(trimSpaces(value));
    return isNormalWord(v) || v == "0" || v == "0.0" || v == "false";
}

// A column's name as the label names below are written: lower case, words joined by '_'.
std::string nameKey(std::string_view name)
{
    std::string key = lower(trimSpaces(name));
    std::replace_if(key.begin(), key.end(), [](char c) { return c == ' ' || c == '-'; }, '_');
    return key;
}

// The label the reader proposes (-1: none). By name first: the usual names take any column; names
// that other columns may bear too (a score named "anomaly") take one that holds two values or a
// word for normal. Else, with no name to go by (NSL-KDD has no header), the last column in use
// if it holds a normal-looking value, or the one before it when the last is numeric and not 0/1
// (NSL-KDD's difficulty level follows its label).
int proposedLabel(const Schema &schema, const std::vector<std::vector<std::string>> &values)
{
    static const char *kLabelNames[] = {"label", "class", "target", "is_anomaly", "attack"};
    static const char *kLikelyLabelNames[] = {"is_attack", "is_malicious", "malicious", "attack_label", "label_binary",
                                              "binary_label", "anomaly", "outcome", "ground_truth", "labels"};
    const auto inUse = [&](std::size_t c) { return schema.columns[c].role != ColumnRole::Ignored; };
    for (const char *wanted : kLabelNames)
        for (std::size_t c = 0; c < schema.columns.size(); ++c)
            if (inUse(c) && nameKey(schema.columns[c].name) == wanted)
                return static_cast<int>(c);
    for (const char *wanted : kLikelyLabelNames)
        for (std::size_t c = 0; c < schema.columns.size(); ++c)
            if (inUse(c) && nameKey(schema.columns[c].name) == wanted &&
                (values[c].size() == 2 || std::any_of(values[c].begin(), values[c].end(), isNormalWord)))
                return static_cast<int>(c);
    int skipped = 0;
    for (std::size_t c = schema.columns.size(); c-- > 0 && skipped <= 1;) {
        if (!inUse(c))
            continue;
        const bool binary = std::all_of(values[c].begin(), values[c].end(), [](const std::string &v) {
            return v == "0" || v == "1" || v == "0.0" || v == "1.0";
        });
        if (schema.columns[c].looksNumeric && !binary) {
            ++skipped;
            continue;
        }
        // "false" names a normal row only where the column is the label already: a true/false
        // feature last is not taken for one.
        if (std::any_of(values[c].begin(), values[c].end(), [](const std::string &v) { return isNormalValue(v) && lower(v) != "false"; }))
            return static_cast<int>(c);
        break;
    }
    // Last, a text column anywhere of two values, one a word for normal traffic (verdict: clean, malicious).
    for (std::size_t c = 0; c < schema.columns.size(); ++c)
        if (inUse(c) && !schema.columns[c].looksNumeric && values[c].size() == 2 &&
            std::any_of(values[c].begin(), values[c].end(), isNormalWord))
            return static_cast<int>(c);
    return -1;
}

} // namespace

int columnIndex(const std::vector<std::string> &names, const ColumnRef &ref, const std::string &file, const char *what)
{
    for (std::size_t c = 0; c < names.size(); ++c)
        if (ref.matches(static_cast<int>(c), names[c]))
            return static_cast<int>(c);
    std::string name = ref.index >= 0 ? "number " + std::to_string(ref.index) : "\"" + ref.name + "\"";
    std::string listed;
    for (std::size_t c = 0; c < names.size(); ++c) {
        if (ref.index < 0 && lower(names[c]) == lower(ref.name))
            name += " (did you mean \"" + names[c] + "\"?)";
        if (c < 12)
            listed += (c ? ", " : "") + names[c];
    }
    if (names.size() > 12)
        listed += ", ...";
    throw InputError(file, 0, 0,
                     std::string("There is no column ") + name + " for the " + what + "; the file's " +
                         std::to_string(names.size()) + " columns are " + listed + " (0-based indices 0 to " +
                         std::to_string(names.size() - 1) + ").");
}

std::vector<std::string> columnNames(std::string_view text, const RecordIndex &records, bool header, char delimiter,
                                     std::size_t columns)
{
    std::vector<std::string> names;
    if (header && records.size() > 0) {
        std::vector<std::string_view> cells;
        std::string scratch;
        splitRecord(records.record(text, 0), delimiter, cells, scratch);
        for (const auto cell : cells)
            names.emplace_back(trimSpaces(cell));
    }
    for (std::size_t c = 0; c < columns; ++c) {
        if (c >= names.size())
            names.push_back("column_" + std::to_string(c));
        else if (names[c].empty())
            names[c] = "column_" + std::to_string(c);
    }
    numberRepeatedNames(names);
    return names;
}

void numberRepeatedNames(std::vector<std::string> &names)
{
    for (std::size_t c = 1; c < names.size(); ++c) {
        const auto before = names.begin() + static_cast<std::ptrdiff_t>(c);
        if (std::find(names.begin(), before, names[c]) == before)
            continue;
        for (int k = 2;; ++k) {
            const std::string numbered = names[c] + " (" + std::to_string(k) + ")";
            if (std::find(names.begin(), names.end(), numbered) == names.end()) {
                names[c] = numbered;
                break;
            }
        }
    }
}

CellSample readCellSample(std::string_view text, const RecordIndex &records, std::size_t firstData, char delimiter,
                          char point, std::size_t columns, std::size_t sampleRows)
{
    CellSample sample;
    std::vector<std::string_view> cells;
    std::string scratch;
    std::vector<std::size_t> cellEnd;  // in `owned`, row by row
    const std::size_t end = std::min(records.size(), firstData + sampleRows);
    const std::string_view header = firstData > 0 ? records.record(text, 0) : std::string_view();
    for (std::size_t r = firstData; r < end; ++r) {
        if (skippedRecord(records.record(text, r), header, delimiter) == SkippedRecord::Header)
            continue;  // a copy of the header line, which the load skips
        splitRecord(records.record(text, r), delimiter, cells, scratch);  // views into text or scratch
        for (std::size_t c = 0; c < columns; ++c) {
            const std::string_view cell = c < cells.size() ? trimSpaces(cells[c]) : std::string_view();
            const std::size_t start = sample.owned.size();
            // A decimal comma as the point the sample's readers (typing, screening) expect, and
            // "1.218,5" as "1218.5".
            float value = 0;
            char plain[64];
            if (const std::size_t length = point != '.' ? ungroupThousands(cell, point, plain) : 0) {
                sample.owned.insert(sample.owned.end(), plain, plain + length);
            } else {
                sample.owned.insert(sample.owned.end(), cell.begin(), cell.end());
                if (point != '.' && parseCell(cell, value, point) != CellKind::Text)
                    std::replace(sample.owned.begin() + static_cast<std::ptrdiff_t>(start), sample.owned.end(), point, '.');
            }
            cellEnd.push_back(sample.owned.size());
        }
    }
    sample.rows = columns == 0 ? 0 : cellEnd.size() / columns;
    sample.cells.assign(columns, {});
    const std::string_view owned(sample.owned.data(), sample.owned.size());
    for (std::size_t i = 0, start = 0; i < cellEnd.size(); start = cellEnd[i++])
        sample.cells[i % columns].push_back(owned.substr(start, cellEnd[i] - start));
    return sample;
}

namespace {

// An IPv4 address ("10.0.4.204") or an IPv6 one ("fe80::1a2b"), as inet_pton reads them: not a
// time of day or a MAC address.
bool looksLikeAddress(std::string_view cell)
{
    cell = trimSpaces(cell);
    return isIpAddress(cell, AF_INET) || isIpAddress(cell, AF_INET6);
}

// One column's type and default role, and up to 200 of its distinct values (sorted). A column with
// text among its sampled cells is text, but for a counter with a stray word: one whose cells are
// numbers but for at most one in a hundred, and that as text would be dropped as an identifier
// (its values barely repeat). Such a word is a typo to be named, and the load stops at it with its
// line and column wherever it sits in the file; codes with a few names (protocol 6, 17, icmp) stay
// categorical. Missing-cell markers (-, ?, NA, ...) are values like any other in a text column.
void inferColumn(const std::vector<std::string_view> &cells, ColumnInfo &info, std::vector<std::string> &values)
{
    std::unordered_set<std::string_view> distinct;
    std::size_t present = 0, text = 0;
    std::vector<float> numbers;
    std::vector<std::string_view> markers;
    for (const std::string_view cell : cells) {
        float value = 0;
        const CellKind kind = parseCell(cell, value);
        if (kind == CellKind::Missing) {
            if (!trimSpaces(cell).empty())
                markers.push_back(cell);
            continue;
        }
        ++present;
        if (kind == CellKind::Text)
            ++text;
        else if (kind == CellKind::Number)
            numbers.push_back(value);
        distinct.insert(cell);
    }
    // Values that barely repeat: at least 50 distinct, and at least every other cell a new one.
    const auto barelyRepeat = [&] { return distinct.size() >= 50 && distinct.size() * 2 >= present; };
    const bool counterWithTypos = text <= present / 100 && barelyRepeat();
    if (text > 0 && !counterWithTypos) {
        info.looksNumeric = false;
        distinct.insert(markers.begin(), markers.end());
        present += markers.size();
    }
    for (const auto value : distinct) {
        if (values.size() >= 200)
            break;
        values.emplace_back(value);
    }
    std::sort(values.begin(), values.end());
    info.distinctInSample = distinct.size();
    if (present == 0)
        info.looksNumeric = false;  // nothing but missing cells: carries no information
    if (info.looksNumeric && !numbers.empty()) {
        const auto mid = numbers.begin() + static_cast<std::ptrdiff_t>(numbers.size() / 2);
        std::nth_element(numbers.begin(), mid, numbers.end());
        const auto [lo, hi] = std::minmax_element(numbers.begin(), numbers.end());
        info.heavyTailed = *lo >= 0.0f && *hi >= 1000.0f * std::max(*mid, 1.0f);
        info.sampledMin = *lo;
    }
    // Identifier-like: text whose values barely repeat; one-hot encoding it would only add noise.
    info.identifierLike = !info.looksNumeric && barelyRepeat();
    if (present == 0)
        info.proposedBecause = "it is empty in the sampled rows";
    else if (info.identifierLike)
        info.proposedBecause = "its values barely repeat (" + countText(distinct.size()) + " distinct in " +
                               countText(present) + " sampled rows), like an address, a flow id or a time";
    else if (!info.looksNumeric && std::count_if(cells.begin(), cells.end(), looksLikeAddress) * 10 >= std::ptrdiff_t(present) * 9)
        info.proposedBecause = "its values are IP addresses: as features they would teach the detectors these hosts, not "
                               "their traffic";
    if (!info.proposedBecause.empty())
        info.role = ColumnRole::Ignored;
    else
        info.role = info.looksNumeric ? ColumnRole::NumericFeature : ColumnRole::CategoricalFeature;
}

} // namespace

Schema inferSchema(const CellSample &sample, const std::vector<std::string> &names,
                   std::vector<std::vector<std::string>> &sampleValues)
{
    Schema schema;
    const std::size_t columns = names.size();
    schema.columns.resize(columns);
    sampleValues.assign(columns, {});
    parallelChunks(columns, 2, [&](int, std::size_t begin, std::size_t end) {
        for (std::size_t c = begin; c < end; ++c) {
            schema.columns[c].name = names[c];
            inferColumn(sample.cells[c], schema.columns[c], sampleValues[c]);
        }
    }, 8);
    return schema;
}

bool isNormalWord(std::string_view value)
{
    const std::string v = lower(trimSpaces(value));
    return v == "normal" || v == "normal." || v == "benign" || v == "legitimate" || v == "clean";
}

std::vector<std::string> detectNormalValues(const std::vector<std::string> &values)
{
    std::vector<std::string> normals;
    for (const auto &v : values)
        if (isNormalValue(v))
            normals.push_back(v);
    return normals;
}

void applyRoleOptions(Schema &schema, const LoadOptions &options, const std::string &file,
                      const std::vector<std::vector<std::string>> &sampleLabelValues)
{
    schema.labelColumn = -1;
    // The user's choice replaces the reader's proposal and its reason.
    const auto choose = [&](int c, ColumnRole role) {
        schema.columns[static_cast<std::size_t>(c)].role = role;
        schema.columns[static_cast<std::size_t>(c)].proposedBecause.clear();
    };
    for (const ColumnRef &ref : options.ignore)
        choose(columnIndex(schema.names(), ref, file, "option to ignore"), ColumnRole::Ignored);
    const int label = options.label ? columnIndex(schema.names(), *options.label, file, "label")
                                    : proposedLabel(schema, sampleLabelValues);
    if (label >= 0)
        choose(label, ColumnRole::Label);
    if (options.attackType)
        choose(columnIndex(schema.names(), *options.attackType, file, "attack type"), ColumnRole::AttackType);
    for (const auto &[ref, role] : options.roleOverrides) {
        const int c = columnIndex(schema.names(), ref, file, "role chosen (--categorical, --numeric or the import dialog)");
        if (role == ColumnRole::Label)
            for (auto &column : schema.columns)
                if (column.role == ColumnRole::Label)
                    column.role = ColumnRole::Ignored;
        choose(c, role);
    }
    for (std::size_t c = 0; c < schema.columns.size(); ++c)
        if (schema.columns[c].role == ColumnRole::Label)
            schema.labelColumn = static_cast<int>(c);
}

} // namespace awb
