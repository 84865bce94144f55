// Identifier and leakage screening on the sample; see ColumnScreening.h.
#include "data/ColumnScreening.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <unordered_map>

#include "common/ParallelChunks.h"
#include "data/CellParser.h"
#include "data/SchemaInference.h"
#include "eval/NumberText.h"

namespace awb {
namespace {

bool userChose(const LoadOptions &options, const Schema &schema, std::size_t column)
{
    for (const auto &[ref, role] : options.roleOverrides)
        if (ref.matches(static_cast<int>(column), schema.columns[column].name))
            return true;
    for (const ColumnRef &ref : options.ignore)
        if (ref.matches(static_cast<int>(column), schema.columns[column].name))
            return true;
    return false;
}

bool isFeature(const ColumnInfo &c)
{
    return c.role == ColumnRole::NumericFeature || c.role == ColumnRole::CategoricalFeature;
}

// Strictly increasing over at least 50 numeric cells: a row number or a timestamp. Parsed as double:
// a float cannot tell epoch seconds a second apart.
bool strictlyIncreasing(const std::vector<std::string_view> &cells)
{
    std::size_t count = 0;
    double previous = 0.0;
    for (const std::string_view cell : cells) {
        double value = 0.0;
        const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
        if (error != std::errc() || end != cell.data() + cell.size())
            continue;
        if (count > 0 && !(value > previous))
            return false;
        previous = value;
        ++count;
    }
    return count >= 50;
}

// The share of rows whose label follows from the column's value, where values repeat (at least 20
// rows each on average; else 0: a value seen once "predicts" its row), and how many values it has.
struct Purity {
    double share = 0.0;
    std::size_t values = 0;
};

Purity labelPurity(const std::vector<std::string_view> &cells, const std::vector<int> &isAnomaly)
{
    std::unordered_map<std::string_view, std::array<std::size_t, 2>> byValue(cells.size());
    std::size_t n = 0;
    for (std::size_t r = 0; r < cells.size(); ++r)
        if (isAnomaly[r] >= 0) {
            ++byValue[cells[r]][static_cast<std::size_t>(isAnomaly[r])];
            ++n;
        }
    if (n == 0 || byValue.size() * 20 > n)
        return {};
    std::size_t agree = 0;
    for (const auto &[value, counts] : byValue)
        agree += std::max(counts[0], counts[1]);
    return {double(agree) / double(n), byValue.size()};
}

// Whether each sampled row is an anomaly by its label (-1: no label, or no normal value known).
std::vector<int> sampleAnomalies(const Schema &schema, const CellSample &sample, const LoadOptions &options)
{
    std::vector<int> isAnomaly(sample.rows, -1);
    if (schema.labelColumn < 0)
        return isAnomaly;
    const auto &labels = sample.cells[static_cast<std::size_t>(schema.labelColumn)];
    std::vector<std::string> distinct(labels.begin(), labels.end());
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const std::vector<std::string> normals = options.normalValues.empty() ? detectNormalValues(distinct) : options.normalValues;
    if (normals.empty())
        return isAnomaly;
    for (std::size_t r = 0; r < labels.size(); ++r)
        if (!labels[r].empty())
            isAnomaly[r] = std::find(normals.begin(), normals.end(), labels[r]) == normals.end() ? 1 : 0;
    return isAnomaly;
}

constexpr std::string_view kSecondTarget = "it gives the label away";

// What the column's purity says: a text column or a two-valued numeric one that tells the label
// (99 % of the sampled rows, nine tenths of the way from the majority class to a perfect answer) is
// a second target or a copy of the label, and ignored; a counter that tells it is a strong feature,
// kept with a note (a flood or a scan often shows in one counter).
void leakage(ColumnInfo &column, Purity purity, double base)
{
    if (!(purity.share >= 0.99 && (purity.share - base) / (1.0 - base) >= 0.9))
        return;
    const std::string share = percentText(purity.share) + " of the sampled rows' labels follow from its value";
    if (!column.looksNumeric || purity.values <= 2) {
        column.role = ColumnRole::Ignored;
        column.proposedBecause = std::string(kSecondTarget) + " (" + share + "), so a detector reading it would read the "
                                 "answer; make it a feature only if that is what you want";
    } else {
        column.proposedBecause = share + "; if it is a copy of the label rather than traffic, ignore it";
    }
}

// Without a label, a feature of two values like a label's (0 and 1, or one a word for normal
// traffic) may be one under a name the reader does not know (is_bad): it stays a feature, with a
// note. Two protocols or two ports are no such pair (see also keepFewLabelNotes).
constexpr std::string_view kLabelLike = "it holds two values";

void noteLabelLike(ColumnInfo &column, const std::vector<std::string_view> &cells)
{
    std::vector<std::string_view> values;
    for (const std::string_view cell : cells) {
        const std::string_view value = trimSpaces(cell);
        if (value.empty() || std::find(values.begin(), values.end(), value) != values.end())
            continue;
        if (values.size() == 2)
            return;
        values.push_back(value);
    }
    std::sort(values.begin(), values.end());
    const bool labelLike = values.size() == 2 && ((values[0] == "0" && values[1] == "1") || isNormalWord(values[0]) ||
                                                  isNormalWord(values[1]));
    if (labelLike)
        column.proposedBecause = std::string(kLabelLike) + " (" + std::string(values[0]) + ", " + std::string(values[1]) +
                                 ") as a label does, and no column is named like a label; if it is the label, choose it "
                                 "as the label";
}

// More than two such columns are flags (SYN, ACK, ...), not a label in hiding: no note then.
void keepFewLabelNotes(Schema &schema)
{
    const auto noted = [](const ColumnInfo &c) { return c.proposedBecause.starts_with(kLabelLike); };
    if (std::count_if(schema.columns.begin(), schema.columns.end(), noted) <= 2)
        return;
    for (ColumnInfo &column : schema.columns)
        if (noted(column))
            column.proposedBecause.clear();
}

// Most of the values start with a digit: figures in words ("20 pct", "3 hosts"), not attack names.
bool mostlyNumbers(const std::vector<std::string_view> &cells)
{
    std::size_t present = 0, digits = 0;
    for (std::string_view cell : cells) {
        cell = trimSpaces(cell);
        if (cell.empty())
            continue;
        ++present;
        const std::size_t sign = cell.front() == '-' || cell.front() == '+' ? 1 : 0;
        digits += cell.size() > sign && static_cast<unsigned>(cell[sign] - '0') < 10;
    }
    return 2 * digits > present;
}

bool namedLikeAttackType(std::string_view name)
{
    std::string key;
    for (const char c : name)
        if (std::isalnum(static_cast<unsigned char>(c)))
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key.find("attack") != std::string::npos && (key.find("cat") != std::string::npos || key.find("type") != std::string::npos);
}

// A text column of attack names that gives the label away is a second target (UNSW-NB15's
// attack_cat): the attack type. One named like it (attackType) comes first, else the first such.
void proposeAttackType(Schema &schema, const CellSample &sample)
{
    ColumnInfo *chosen = nullptr;
    for (std::size_t c = 0; c < schema.columns.size(); ++c) {
        ColumnInfo &column = schema.columns[c];
        if (column.role != ColumnRole::Ignored || column.looksNumeric || !column.proposedBecause.starts_with(kSecondTarget) ||
            mostlyNumbers(sample.cells[c]))
            continue;
        if (!chosen || (namedLikeAttackType(column.name) && !namedLikeAttackType(chosen->name)))
            chosen = &column;
    }
    if (!chosen)
        return;
    chosen->role = ColumnRole::AttackType;
    chosen->proposedBecause = "its values give the label away, so it is not a feature; recall is reported per value of it";
}

} // namespace

bool nameLooksLikeIdentifier(std::string_view name)
{
    std::string n;
    for (const char c : name)
        if (std::isalnum(static_cast<unsigned char>(c)))
            n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const char *const kNames[] = {
        "id", "index", "no", "rowid", "flowid", "uid", "unnamed0", "timestamp", "time", "stime", "ltime", "starttime",
        "endtime", "date", "datetime", "srcip", "dstip", "sourceip", "destinationip", "ipsrc", "ipdst", "srcaddr",
        "dstaddr", "saddr", "daddr", "sourceaddress", "destinationaddress", "sport", "srcport", "sourceport",
        "ts", "idorigh", "idresph", "idorigp"};  // Zeek: time, originator and responder address, source port
    return std::find(std::begin(kNames), std::end(kNames), n) != std::end(kNames);
}

void screenColumns(Schema &schema, const CellSample &sample, const LoadOptions &options)
{
    const std::vector<int> isAnomaly = sampleAnomalies(schema, sample, options);
    const auto attacks = std::count(isAnomaly.begin(), isAnomaly.end(), 1);
    const auto normal = std::count(isAnomaly.begin(), isAnomaly.end(), 0);
    const bool checkLeakage = attacks >= 10 && normal >= 10;
    // Against the baseline of always answering the majority class: with 99 % normal rows any
    // column "predicts" 99 % of the labels.
    const double base = checkLeakage ? double(std::max(attacks, normal)) / double(attacks + normal) : 1.0;
    parallelChunks(schema.columns.size(), 2, [&](int, std::size_t begin, std::size_t end) {
        for (std::size_t c = begin; c < end; ++c) {
            ColumnInfo &column = schema.columns[c];
            if (!isFeature(column) || userChose(options, schema, c))
                continue;
            if (nameLooksLikeIdentifier(column.name)) {
                column.role = ColumnRole::Ignored;
                column.proposedBecause = "its name says it identifies a row or flow, or holds an address, a source port or a time";
            } else if (column.looksNumeric && strictlyIncreasing(sample.cells[c])) {
                column.role = ColumnRole::Ignored;
                column.proposedBecause = "its values increase row by row, like a row number or a timestamp";
            } else if (checkLeakage) {
                leakage(column, labelPurity(sample.cells[c], isAnomaly), base);
            } else if (schema.labelColumn < 0) {
                noteLabelLike(column, sample.cells[c]);
            }
        }
    }, 8);
    if (schema.labelColumn < 0)
        keepFewLabelNotes(schema);
    if (schema.labelColumn >= 0 && schema.countRole(ColumnRole::AttackType) == 0)
        proposeAttackType(schema, sample);
}

} // namespace awb
