// The linking state of one model's results views: which part (train/test) is shown, the threshold,
// the active row filter and the selected rows. Every view observes this object and none talks to
// another directly, so a threshold dragged on the histogram moves the matrix, the report, the
// curves and the table together. Threshold changes recompute from a cached awb::ScoreIndex per part
// (two binary searches), never from the model.
#pragma once

#include <QObject>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "data/Dataset.h"
#include "eval/Metrics.h"
#include "pipeline/Pipeline.h"
#include "PreparedResult.h"

enum class ResultPart { Train, Test };

// A confusion-matrix cell as (true class, predicted class).
struct ConfusionCell {
    bool actualAnomaly = false;
    bool predictedAnomaly = false;
    bool operator==(const ConfusionCell &) const = default;
};

// What restricts the flagged-rows table. A cell, a score range and a row set exclude each other
// (each replaces the others); the text filter combines with any.
struct RowFilter {
    std::optional<ConfusionCell> cell;
    std::optional<std::pair<double, double>> scoreRange;  // inclusive
    std::vector<std::uint8_t> rowSet;                      // per test row, 1 = shown (from a comparison)
    QString rowSetName;                                    // empty: no row set
    QString text;                                          // case-insensitive, any original cell
    bool isEmpty() const { return !cell && !scoreRange && rowSetName.isEmpty() && text.isEmpty(); }
};

enum class RowOrder { File, ScoreDescending, ScoreAscending };

// A threshold a policy proposes, marked on the histogram and the curves while the analyst compares.
struct ThresholdCandidate {
    QString name;  // the policy, as spelt: "f1", "fpr:0.01"
    double threshold = 0.0;
    bool highlighted = false;  // the one the analyst is looking at: named on the histogram
    bool operator==(const ThresholdCandidate &) const = default;
};

class ResultSelection : public QObject {
    Q_OBJECT
public:
    explicit ResultSelection(QObject *parent = nullptr);

    // `prepared` comes from prepareResult() on a worker thread; without it, it is computed here.
    void setResult(std::shared_ptr<const awb::Dataset> data, std::shared_ptr<const awb::DetectorRun> run,
                   std::shared_ptr<const PreparedResult> prepared = nullptr);
    // The sorted forms of the current part's scores (null without a result).
    const PreparedPart *preparedPart() const;
    const PreparedResult *prepared() const { return prepared_.get(); }
    void clear();
    bool hasResult() const { return data_ && run_; }
    const awb::Dataset *dataset() const { return data_.get(); }
    const awb::DetectorRun *run() const { return run_.get(); }
    const awb::Detector *detector() const;  // the run's detector kind, from the registry

    ResultPart part() const { return part_; }
    bool hasPart(ResultPart part) const;
    // The rows of the current part: matrix rows [partOffset(), partOffset() + partRowCount()).
    std::size_t partOffset() const;
    std::size_t partRowCount() const;
    std::span<const float> partScores() const;
    std::span<const std::uint8_t> partLabels() const;  // all zero when unlabelled
    bool labelled() const { return data_ && data_->labelled(); }

    double threshold() const { return threshold_; }
    double modelThreshold() const;  // the threshold the model was trained with
    float minScore() const;
    float maxScore() const;
    awb::ConfusionMatrix currentConfusion() const;
    std::size_t flaggedCount() const;

    const RowFilter &filter() const { return filter_; }
    QString filterDescription() const;
    static QString cellName(ConfusionCell cell);
    bool rowVisible(std::size_t partRow) const;
    std::size_t visibleRowCount() const { return visibleCount_; }
    // The visible part rows in the given order; the score orders walk a permutation sorted once per part.
    std::vector<std::uint32_t> visibleRows(RowOrder order) const;

    const std::vector<ThresholdCandidate> &candidates() const { return candidates_; }
    // The current part's score above which `alerts` of every 10,000 rows are flagged (nothing when
    // that is no row or every row).
    std::optional<double> scoreForAlertsPer10k(double alerts) const;

    const std::vector<std::uint32_t> &selectedRows() const { return selectedRows_; }
    std::optional<std::uint32_t> currentRow() const { return currentRow_; }

public slots:
    void setPart(ResultPart part);
    void setThreshold(double threshold);
    void resetThreshold();
    void setCellFilter(ConfusionCell cell);
    void setScoreRangeFilter(double low, double high);
    // Shows only these test rows (switching to the test part), under the given name.
    void setRowSetFilter(const std::vector<std::uint32_t> &testRows, const QString &name);
    void setTextFilter(const QString &text);
    void clearFilter();
    void setSelectedRows(std::vector<std::uint32_t> rows, std::optional<std::uint32_t> current);
    void setCandidates(std::vector<ThresholdCandidate> candidates);

signals:
    void resultChanged();
    void partChanged();
    void thresholdChanged(double threshold);
    void filterChanged();
    void selectedRowsChanged();
    void candidatesChanged();

private:
    const PreparedPart &cache() const;
    void recomputeVisible();
    void recomputeTextMatches();
    bool passesStructural(std::size_t partRow) const;

    std::shared_ptr<const awb::Dataset> data_;
    std::shared_ptr<const awb::DetectorRun> run_;
    std::vector<std::uint8_t> zeroLabels_;  // stands in for labels on unlabelled data
    std::shared_ptr<const PreparedResult> prepared_;
    ResultPart part_ = ResultPart::Test;
    double threshold_ = 0.0;
    RowFilter filter_;
    std::vector<std::uint8_t> textMatch_;  // per part row, when a text filter is set
    std::vector<std::uint8_t> visible_;    // per part row
    std::size_t visibleCount_ = 0;
    std::vector<std::uint32_t> selectedRows_;
    std::optional<std::uint32_t> currentRow_;
    std::vector<ThresholdCandidate> candidates_;
};
