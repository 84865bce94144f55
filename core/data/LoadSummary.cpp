// The load's summary counts and notes; see LoadSummary.h.
#include "data/LoadSummary.h"

#include <algorithm>
#include <filesystem>

#include "eval/NumberText.h"

namespace awb {
namespace {

// The columns with missing or non-finite cells, most first (CICIDS2017's rates hold "Infinity").
std::string cellsByColumnNote(const std::vector<std::uint64_t> &missing, const std::vector<std::uint64_t> &nonFinite,
                              const std::vector<std::string> &names)
{
    std::vector<std::size_t> columns;
    for (std::size_t c = 0; c < missing.size(); ++c)
        if (missing[c] + nonFinite[c] > 0)
            columns.push_back(c);
    std::stable_sort(columns.begin(), columns.end(),
                     [&](std::size_t a, std::size_t b) { return missing[a] + nonFinite[a] > missing[b] + nonFinite[b]; });
    constexpr std::size_t kNamed = 5;
    std::string note = "Missing or non-finite cells by column, most first:";
    for (std::size_t i = 0; i < columns.size() && i < kNamed; ++i) {
        const std::size_t c = columns[i];
        note += std::string(i ? ", " : " ") + names[c] + " " + countText(missing[c] + nonFinite[c]);
        if (nonFinite[c] > 0)
            note += " (" + countText(nonFinite[c]) + " not finite)";
    }
    if (columns.size() > kNamed)
        note += ", and " + countText(columns.size() - kNamed) + " more columns";
    return note + ".";
}

} // namespace

std::string headerCopiesNote(const std::string &file, std::uint64_t copies, std::uint64_t firstLine, bool dropped)
{
    return countText(copies) + (copies == 1 ? " copy" : " copies") + " of the header line in " +
           std::filesystem::path(file).filename().string() + " (where files were joined) " + (copies == 1 ? "is" : "are") +
           (copies == 1 ? " skipped, on line " : " skipped, the first on line ") + countText(firstLine) +
           (dropped ? (copies == 1 ? "; it counts among the rows dropped." : "; they count among the rows dropped.") : ".");
}

std::string emptyRowsNote(std::uint64_t rows, bool dropped)
{
    return countText(rows) + (rows == 1 ? " row" : " rows") + " of empty cells alone (as spreadsheets leave them) " +
           (rows == 1 ? "is" : "are") + " skipped" +
           (dropped ? (rows == 1 ? "; it counts among the rows dropped." : "; they count among the rows dropped.") : ".");
}

std::string windows1252Note(const std::string &file)
{
    return std::filesystem::path(file).filename().string() + " is not UTF-8: its text is read as Windows-1252 (Western "
                                                               "European, as Excel and other Windows programs save it).";
}

CellCounts countCells(const std::vector<FirstPass> &firstPass, const std::vector<SourceFile> &files, std::size_t columns,
                      DatasetSummary &summary)
{
    std::uint64_t emptyRows = 0;
    CellCounts cells{std::vector<std::uint64_t>(columns, 0), std::vector<std::uint64_t>(columns, 0)};
    for (std::size_t f = 0; f < firstPass.size(); ++f) {
        const FirstPass &pass = firstPass[f];
        for (std::size_t c = 0; c < columns; ++c) {
            cells.missing[c] += pass.missingCells[c];
            cells.nonFinite[c] += pass.nonFiniteCells[c];
        }
        emptyRows += pass.emptyRows;
        if (pass.headerCopies > 0)
            summary.notes.push_back(headerCopiesNote(files[f].name, pass.headerCopies, pass.firstHeaderCopyLine, true));
    }
    if (emptyRows > 0)
        summary.notes.push_back(emptyRowsNote(emptyRows, true));
    return cells;
}

void countMissingCells(const CellCounts &cells, const std::vector<std::string> &names, DatasetSummary &summary)
{
    for (std::size_t c = 0; c < names.size(); ++c) {
        summary.missingCells += cells.missing[c];
        summary.nonFiniteCells += cells.nonFinite[c];
    }
    if (summary.missingCells + summary.nonFiniteCells > 0)
        summary.notes.push_back(cellsByColumnNote(cells.missing, cells.nonFinite, names));
}

void countInto(DatasetSummary &summary, const Dataset &data, const Schema &schema)
{
    for (const ColumnInfo &column : schema.columns) {
        if (column.proposedBecause.empty())
            continue;
        const std::string role = column.role == ColumnRole::Ignored      ? "is ignored"
                                 : column.role == ColumnRole::AttackType ? "is the attack type"
                                                                         : "is kept as a feature";
        summary.notes.push_back("Column \"" + column.name + "\" " + role + ": " + column.proposedBecause + ".");
    }
    summary.trainRows = data.trainRows;
    summary.testRows = static_cast<std::size_t>(data.features.rows()) - data.trainRows;
    for (std::size_t i = 0; i < data.isAnomaly.size(); ++i)
        (i < data.trainRows ? summary.trainAnomalies : summary.testAnomalies) += data.isAnomaly[i];
    std::string logged;
    for (const auto &n : data.preprocessor.numeric)
        if (n.log1p)
            logged += (logged.empty() ? "" : ", ") + n.name;
    if (!logged.empty())
        summary.notes.push_back("log1p is taken of " + logged + " before scaling.");
    for (const auto &n : data.preprocessor.numeric)  // a column chosen by the user may hold them
        if (const float least = schema.columns[static_cast<std::size_t>(n.sourceColumn)].sampledMin; n.log1p && least < 0.0f)
            summary.notes.push_back("Column \"" + n.name + "\" has negative values (down to " + shortNumber(least) +
                                    " in the sampled rows): log1p reads each as 0, so they all look alike.");
    summary.numericFeatures = data.preprocessor.numeric.size();
    summary.categoricalFeatures = data.preprocessor.categorical.size();
    summary.ignoredColumns = schema.countRole(ColumnRole::Ignored);
    summary.encodedFeatures = data.preprocessor.encodedWidth();
    for (const auto &n : data.preprocessor.numeric)
        summary.constantFeatures += n.constant;
}

} // namespace awb
