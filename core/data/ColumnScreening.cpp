// Identifier and leakage screening on the sample; see ColumnScreening.h.
#include "data/ColumnScreening.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <unordered_map>
#include <numeric>

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

// The share of rows whose label follows from the column: by value where values repeat (at least 20
// rows each on average), by the best single cut of a numeric column otherwise.
double labelPurity(const std::vector<std::string_view> &cells, const std::vector<int> &isAnomaly, bool numeric)
{
    std::unordered_map<std::string_view, std::array<std::size_t, 2>> byValue(cells.size());
    std::size_t n = 0;
    for (std::size_t r = 0; r < cells.size(); ++r)
        if (isAnomaly[r] >= 0) {
            ++byValue[cells[r]][static_cast<std::size_t>(isAnomaly[r])];
            ++n;
        }
    if (n == 0)
        return 0.0;
    if (byValue.size() * 20 <= n) {
        std::size_t agree = 0;
        for (const auto &[value, counts] : byValue)
            agree += std::max(counts[0], counts[1]);
        return double(agree) / double(n);
    }
    if (!numeric)
        return 0.0;
    std::vector<std::pair<float, int>> points;
    for (std::size_t r = 0; r < cells.size(); ++r) {
        float value = 0.0f;
        if (isAnomaly[r] >= 0 && parseCell(cells[r], value) == CellKind::Number)
            points.emplace_back(value, isAnomaly[r]);
    }
    std::sort(points.begin(), points.end());
    const auto attacks = static_cast<std::size_t>(std::count_if(points.begin(), points.end(), [](auto &p) { return p.second; }));
    std::size_t best = std::max(attacks, points.size() - attacks), belowAttacks = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        belowAttacks += static_cast<std::size_t>(points[i].second);
        if (i + 1 < points.size() && points[i + 1].first == points[i].first)
            continue;
        const std::size_t below = i + 1, belowNormal = below - belowAttacks;
        // normal below the cut and attacks above it, or the other way round
        best = std::max({best, belowNormal + (attacks - belowAttacks), belowAttacks + (points.size() - attacks - belowNormal)});
    }
    return double(best) / double(n);
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
        "dstaddr", "saddr", "daddr", "sourceaddress", "destinationaddress", "sport", "srcport", "sourceport"};
    return std::find(std::begin(kNames), std::end(kNames), n) != std::end(kNames);
}

void screenColumns(Schema &schema, const CellSample &sample, const LoadOptions &options)
{
    const std::vector<int> isAnomaly = sampleAnomalies(schema, sample, options);
    const auto attacks = std::count(isAnomaly.begin(), isAnomaly.end(), 1);
    const auto normal = std::count(isAnomaly.begin(), isAnomaly.end(), 0);
    const bool checkLeakage = attacks >= 10 && normal >= 10;
    parallelChunks(schema.columns.size(), 2, [&](int, std::size_t begin, std::size_t end) {
        for (std::size_t c = begin; c < end; ++c) {
            ColumnInfo &column = schema.columns[c];
            if (!isFeature(column) || userChose(options, schema, c))
                continue;
            if (nameLooksLikeIdentifier(column.name)) {
                column.ignoredBecause = "its name says it identifies a row or flow, or holds an address, a source port or a time";
            } else if (column.looksNumeric && strictlyIncreasing(sample.cells[c])) {
                column.ignoredBecause = "its values increase row by row, like a row number or a timestamp";
            } else if (checkLeakage) {
                // Against the baseline of always answering the majority class: with 99 % normal
                // rows any column "predicts" 99 % of the labels.
                const double purity = labelPurity(sample.cells[c], isAnomaly, column.looksNumeric);
                const double base = double(std::max(attacks, normal)) / double(attacks + normal);
                if (purity >= 0.99 && (purity - base) / (1.0 - base) >= 0.9)
                    column.ignoredBecause = "it gives the label away (" + percentText(purity) +
                                            " of the sampled rows' labels follow from it), so a detector reading it "
                                            "would read the answer; make it a feature only if that is what you want";
            }
            if (!column.ignoredBecause.empty())
                column.role = ColumnRole::Ignored;
        }
    }, 8);
}

} // namespace awb
