// The linking state of the results views; see ResultSelection.h.
#include "ResultSelection.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cctype>
#include <numeric>
#include <string>

#include "models/DetectorRegistry.h"

namespace {

// Case-insensitive (ASCII) substring search: flow data is ASCII, and this avoids converting every
// cell of a million rows to QString.
bool containsIgnoringCase(const std::string &haystack, const std::string &lowerNeedle)
{
    const auto it = std::search(haystack.begin(), haystack.end(), lowerNeedle.begin(), lowerNeedle.end(),
                                [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return it != haystack.end();
}

} // namespace

ResultSelection::ResultSelection(QObject *parent) : QObject(parent) {}

void ResultSelection::setResult(std::shared_ptr<const awb::Dataset> data, std::shared_ptr<const awb::DetectorRun> run,
                                std::shared_ptr<const PreparedResult> prepared)
{
    data_ = std::move(data);
    run_ = std::move(run);
    if (!prepared && data_ && run_)
        prepared = prepareResult(*data_, *run_);
    prepared_ = std::move(prepared);
    filter_ = {};
    textMatch_.clear();
    selectedRows_.clear();
    currentRow_.reset();
    zeroLabels_.clear();
    candidates_.clear();
    if (data_ && !data_->labelled())
        zeroLabels_.assign(static_cast<std::size_t>(data_->features.rows()), 0);
    // A new result opens on its test rows: those are what an analyst judges a model by.
    part_ = hasPart(ResultPart::Test) ? ResultPart::Test : ResultPart::Train;
    threshold_ = modelThreshold();
    recomputeVisible();
    emit resultChanged();
    emit partChanged();
    emit thresholdChanged(threshold_);
    emit filterChanged();
    emit selectedRowsChanged();
}

void ResultSelection::setCandidates(std::vector<ThresholdCandidate> candidates)
{
    if (candidates == candidates_)
        return;
    candidates_ = std::move(candidates);
    emit candidatesChanged();
}

std::optional<double> ResultSelection::scoreForAlertsPer10k(double alerts) const
{
    const PreparedPart *part = preparedPart();
    const std::size_t n = partRowCount();
    const auto flagged = static_cast<std::size_t>(std::llround(alerts / 10000.0 * static_cast<double>(n)));
    if (!part || flagged == 0 || flagged >= n)
        return std::nullopt;
    return partScores()[part->byScore[n - flagged - 1]];
}

void ResultSelection::clear()
{
    setResult(nullptr, nullptr);
}

bool ResultSelection::hasPart(ResultPart part) const
{
    if (!hasResult())
        return false;
    return part == ResultPart::Train ? !run_->trainScores.empty() : !run_->testScores.empty();
}

std::size_t ResultSelection::partOffset() const
{
    return data_ && part_ == ResultPart::Test ? data_->trainRows : 0;
}

std::size_t ResultSelection::partRowCount() const
{
    return partScores().size();
}

std::span<const float> ResultSelection::partScores() const
{
    if (!hasResult())
        return {};
    return part_ == ResultPart::Train ? std::span<const float>(run_->trainScores)
                                      : std::span<const float>(run_->testScores);
}

std::span<const std::uint8_t> ResultSelection::partLabels() const
{
    if (!data_)
        return {};
    const std::vector<std::uint8_t> &labels = data_->labelled() ? data_->isAnomaly : zeroLabels_;
    return std::span<const std::uint8_t>(labels).subspan(partOffset(), partRowCount());
}

double ResultSelection::modelThreshold() const
{
    return run_ ? run_->result.threshold : 0.0;
}

const PreparedPart &ResultSelection::cache() const
{
    static const PreparedPart empty;
    const auto &part = prepared_ ? prepared_->parts[part_ == ResultPart::Train ? 0 : 1] : nullptr;
    return part ? *part : empty;
}

const PreparedPart *ResultSelection::preparedPart() const
{
    return hasResult() && partRowCount() ? &cache() : nullptr;
}

float ResultSelection::minScore() const
{
    return partRowCount() ? cache().index.minScore() : 0.0f;
}

float ResultSelection::maxScore() const
{
    return partRowCount() ? cache().index.maxScore() : 1.0f;
}

awb::ConfusionMatrix ResultSelection::currentConfusion() const
{
    return partRowCount() ? cache().index.at(threshold_) : awb::ConfusionMatrix{};
}

std::size_t ResultSelection::flaggedCount() const
{
    return partRowCount() ? cache().index.flaggedCount(threshold_) : 0;
}

QString ResultSelection::cellName(ConfusionCell cell)
{
    if (cell.actualAnomaly)
        return cell.predictedAnomaly ? tr("true positives") : tr("false negatives");
    return cell.predictedAnomaly ? tr("false positives") : tr("true negatives");
}

QString ResultSelection::filterDescription() const
{
    QStringList parts;
    if (filter_.cell)
        parts << cellName(*filter_.cell);
    if (!filter_.rowSetName.isEmpty())
        parts << filter_.rowSetName;
    if (filter_.scoreRange)
        parts << tr("score %1 – %2")
                     .arg(filter_.scoreRange->first, 0, 'g', 4)
                     .arg(filter_.scoreRange->second, 0, 'g', 4);
    if (!filter_.text.isEmpty())
        parts << tr("text \u201c%1\u201d").arg(filter_.text);
    return parts.join(tr(" and "));
}

bool ResultSelection::passesStructural(std::size_t partRow) const
{
    const float score = partScores()[partRow];
    if (filter_.cell) {
        const bool actual = partLabels()[partRow] != 0;
        const bool predicted = score > threshold_;
        if (actual != filter_.cell->actualAnomaly || predicted != filter_.cell->predictedAnomaly)
            return false;
    }
    if (filter_.scoreRange && (score < filter_.scoreRange->first || score > filter_.scoreRange->second))
        return false;
    if (!filter_.rowSetName.isEmpty() && (part_ != ResultPart::Test || partRow >= filter_.rowSet.size() || !filter_.rowSet[partRow]))
        return false;
    return true;
}

bool ResultSelection::rowVisible(std::size_t partRow) const
{
    return partRow < visible_.size() && visible_[partRow];
}

void ResultSelection::recomputeVisible()
{
    const std::size_t n = partRowCount();
    visible_.assign(n, 1);
    visibleCount_ = n;
    if (filter_.isEmpty())
        return;
    visibleCount_ = 0;
    const bool useText = !filter_.text.isEmpty() && textMatch_.size() == n;
    for (std::size_t i = 0; i < n; ++i) {
        const bool ok = passesStructural(i) && (!useText || textMatch_[i]);
        visible_[i] = ok;
        visibleCount_ += ok;
    }
}

// Reading a million original rows back from the file is the slow part of filtering, so it runs
// once per text change, on all cores, and is cached across threshold and cell changes.
void ResultSelection::recomputeTextMatches()
{
    const std::size_t n = partRowCount();
    textMatch_.assign(n, 0);
    if (filter_.text.isEmpty() || !data_ || data_->sources.empty())
        return;
    const std::string needle = filter_.text.toLower().toStdString();
    constexpr std::size_t chunk = 8192;
    std::vector<std::size_t> starts((n + chunk - 1) / chunk);
    std::iota(starts.begin(), starts.end(), std::size_t{0});
    const std::size_t offset = partOffset();
    QtConcurrent::blockingMap(starts, [&](std::size_t c) {
        const std::size_t end = std::min(n, (c + 1) * chunk);
        for (std::size_t i = c * chunk; i < end; ++i) {
            const auto cells = data_->originalRow(offset + i);
            textMatch_[i] = std::any_of(cells.begin(), cells.end(),
                                        [&](const std::string &cell) { return containsIgnoringCase(cell, needle); });
        }
    });
}

std::vector<std::uint32_t> ResultSelection::visibleRows(RowOrder order) const
{
    std::vector<std::uint32_t> rows;
    rows.reserve(visibleCount_);
    const std::size_t n = partRowCount();
    if (order == RowOrder::File) {
        for (std::size_t i = 0; i < n; ++i)
            if (visible_[i])
                rows.push_back(static_cast<std::uint32_t>(i));
        return rows;
    }
    const PreparedPart &c = cache();
    if (visibleCount_ == n) {  // nothing filtered (the usual first view): a plain copy, no lookups
        if (order == RowOrder::ScoreAscending)
            rows.assign(c.byScore.begin(), c.byScore.end());
        else
            rows.assign(c.byScore.rbegin(), c.byScore.rend());
        return rows;
    }
    if (order == RowOrder::ScoreAscending) {
        for (std::uint32_t i : c.byScore)
            if (visible_[i])
                rows.push_back(i);
    } else {
        for (auto it = c.byScore.rbegin(); it != c.byScore.rend(); ++it)
            if (visible_[*it])
                rows.push_back(*it);
    }
    return rows;
}

void ResultSelection::setPart(ResultPart part)
{
    if (part == part_ || !hasPart(part))
        return;
    part_ = part;
    selectedRows_.clear();
    currentRow_.reset();
    if (!filter_.text.isEmpty())
        recomputeTextMatches();
    filter_.scoreRange.reset();  // a range drawn on the other part's histogram means nothing here
    filter_.rowSet.clear();      // nor a set of test rows from a comparison
    filter_.rowSetName.clear();
    recomputeVisible();
    emit partChanged();
    emit thresholdChanged(threshold_);
    emit filterChanged();
    emit selectedRowsChanged();
}

void ResultSelection::setThreshold(double threshold)
{
    if (threshold == threshold_)
        return;
    threshold_ = threshold;
    if (filter_.cell)
        recomputeVisible();
    emit thresholdChanged(threshold_);
    if (filter_.cell)
        emit filterChanged();
}

void ResultSelection::resetThreshold()
{
    setThreshold(modelThreshold());
}

void ResultSelection::setCellFilter(ConfusionCell cell)
{
    filter_.cell = cell;
    filter_.scoreRange.reset();
    filter_.rowSet.clear();
    filter_.rowSetName.clear();
    recomputeVisible();
    emit filterChanged();
}

void ResultSelection::setScoreRangeFilter(double low, double high)
{
    if (low > high)
        std::swap(low, high);
    filter_.scoreRange = std::make_pair(low, high);
    filter_.cell.reset();
    filter_.rowSet.clear();
    filter_.rowSetName.clear();
    recomputeVisible();
    emit filterChanged();
}

void ResultSelection::setRowSetFilter(const std::vector<std::uint32_t> &testRows, const QString &name)
{
    if (part_ != ResultPart::Test && hasPart(ResultPart::Test))
        setPart(ResultPart::Test);
    filter_.cell.reset();
    filter_.scoreRange.reset();
    filter_.rowSet.assign(data_ ? data_->testRows() : 0, 0);
    for (const std::uint32_t row : testRows)
        if (row < filter_.rowSet.size())
            filter_.rowSet[row] = 1;
    filter_.rowSetName = name;
    recomputeVisible();
    emit filterChanged();
}

void ResultSelection::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == filter_.text)
        return;
    filter_.text = trimmed;
    recomputeTextMatches();
    recomputeVisible();
    emit filterChanged();
}

void ResultSelection::clearFilter()
{
    if (filter_.isEmpty())
        return;
    filter_ = {};
    textMatch_.clear();
    recomputeVisible();
    emit filterChanged();
}

void ResultSelection::setSelectedRows(std::vector<std::uint32_t> rows, std::optional<std::uint32_t> current)
{
    if (rows == selectedRows_ && current == currentRow_)
        return;
    selectedRows_ = std::move(rows);
    currentRow_ = current;
    emit selectedRowsChanged();
}

const awb::Detector *ResultSelection::detector() const
{
    return run_ ? awb::detectorRegistry().find(run_->result.spec.detector) : nullptr;
}
