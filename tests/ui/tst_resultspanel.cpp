// ResultsPanel driven as an analyst would, offscreen: click the false-positive cell, move the
// threshold (spin box and histogram drag), select a histogram range, type a text filter, select and
// copy rows, switch train/test; and the whole panel rendered at 1600x1000 on NSL-KDD results.
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <qcustomplot.h>

#include <algorithm>
#include <filesystem>

#include "ResultsTestData.h"
#include "results/ClassificationReportModel.h"
#include "results/ConfusionMatrixView.h"
#include "results/CurveChart.h"
#include "results/FlaggedRowsTable.h"
#include "results/ResultsPanel.h"
#include "results/RowExplanationChart.h"
#include "results/ScoreHistogram.h"

class TestResultsPanel : public QObject {
    Q_OBJECT

private:
    resultstest::Result result_ = resultstest::makeResult(3000, 2000);
    std::unique_ptr<ResultsPanel> panel_;

    template <typename T> T *child(const char *name) const
    {
        T *w = panel_->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    FlaggedRowsTable *table() const { return child<FlaggedRowsTable>("flaggedRowsTable"); }
    ScoreHistogram *histogram() const { return child<ScoreHistogram>("scoreHistogram"); }
    awb::ConfusionMatrix expectedAt(double threshold) const
    {
        const std::vector<std::uint8_t> labels(result_.data->isAnomaly.begin() + 3000, result_.data->isAnomaly.end());
        return awb::confusionMatrix(labels, result_.run->testScores, threshold);
    }

private slots:
    void init()
    {
        panel_ = std::make_unique<ResultsPanel>();
        panel_->resize(1600, 1000);
        panel_->setResult(result_.data, result_.run);
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
        histogram()->plot()->replot();
    }

    void cleanup() { panel_.reset(); }

    void namedChildren()
    {
        for (const char *name : {"partSwitch", "reportTable", "confusionMatrixView", "scoreHistogram", "rocChart",
                                 "prChart", "flaggedRowsTable", "filterEdit", "filterChip", "explanationView",
                                 "thresholdSpin"})
            QVERIFY2(panel_->findChild<QWidget *>(QLatin1String(name)), name);
        QVERIFY(!child<QToolButton>("filterChip")->isVisible());  // no filter yet
    }

    void clickFalsePositiveCell()
    {
        auto *matrix = child<ConfusionMatrixView>("confusionMatrixView");
        QSignalSpy filtered(panel_->selection(), &ResultSelection::filterChanged);
        QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter({false, true}));
        QCOMPARE(filtered.count(), 1);
        const awb::ConfusionMatrix cm = panel_->selection()->currentConfusion();
        QCOMPARE(cm, expectedAt(0.5));
        QVERIFY(cm.fp > 0);
        QCOMPARE(table()->model()->rowCount(), static_cast<int>(cm.fp));
        auto *chip = child<QToolButton>("filterChip");
        QVERIFY(chip->isVisible());
        QVERIFY(chip->text().contains(QStringLiteral("false positives")));
        QTest::mouseClick(chip, Qt::LeftButton);
        QVERIFY(!chip->isVisible());
        QCOMPARE(table()->model()->rowCount(), 2000);
    }

    void cellToolTip()
    {
        auto *matrix = child<ConfusionMatrixView>("confusionMatrixView");
        const QPoint at = matrix->cellCenter({true, false});
        QHelpEvent help(QEvent::ToolTip, at, matrix->mapToGlobal(at));
        QApplication::sendEvent(matrix, &help);
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("false negatives")), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(static_cast<qlonglong>(expectedAt(0.5).fn))), qPrintable(text));
        QToolTip::hideText();
    }

    void thresholdSpinMovesEveryView_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::newRow("lower") << 0.42;
        QTest::newRow("higher") << 0.63;
    }

    void thresholdSpinMovesEveryView()
    {
        QFETCH(double, threshold);
        auto *matrix = child<ConfusionMatrixView>("confusionMatrixView");
        QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter({false, true}));
        QSignalSpy moved(panel_->selection(), &ResultSelection::thresholdChanged);
        child<QDoubleSpinBox>("thresholdSpin")->setValue(threshold);
        QCOMPARE(moved.count(), 1);
        const awb::ConfusionMatrix expected = expectedAt(threshold);
        QCOMPARE(panel_->selection()->currentConfusion(), expected);
        QCOMPARE(table()->model()->rowCount(), static_cast<int>(expected.fp));  // the FP filter follows
        const awb::ClassificationReport report = awb::classificationReport(expected);
        auto *reportModel = qobject_cast<ClassificationReportModel *>(child<QTableView>("reportTable")->model());
        const auto cell = [&](int r, int c) { return reportModel->index(r, c).data(Qt::UserRole).toDouble(); };
        QCOMPARE(cell(ClassificationReportModel::AnomalyRow, ClassificationReportModel::RecallColumn), report.anomaly.recall);
        QCOMPARE(cell(ClassificationReportModel::NormalRow, ClassificationReportModel::PrecisionColumn), report.normal.precision);
        QCOMPARE(cell(ClassificationReportModel::AccuracyRow, ClassificationReportModel::F1Column), report.accuracy);
        QCOMPARE(cell(ClassificationReportModel::WeightedRow, ClassificationReportModel::F1Column), report.weightedAvg.f1);
        auto *roc = child<CurveChart>("rocChart");
        QCOMPARE(roc->operatingPoint().y(), static_cast<double>(expected.tp) / static_cast<double>(expected.tp + expected.fn));
    }

    void dragThresholdOnHistogram()
    {
        ScoreHistogram *h = histogram();
        QCustomPlot *plot = h->plot();
        const int y = plot->axisRect()->center().y();
        const int from = h->pixelForScore(0.5);
        const int to = h->pixelForScore(0.4);
        QSignalSpy moved(panel_->selection(), &ResultSelection::thresholdChanged);
        QTest::mousePress(plot, Qt::LeftButton, {}, QPoint(from, y));
        QTest::mouseMove(plot, QPoint((from + to) / 2, y));
        // Mid-drag, before any release: the matrix, report and count already follow.
        const double mid = panel_->selection()->threshold();
        QVERIFY(mid < 0.5 && mid > 0.4);
        QCOMPARE(panel_->selection()->currentConfusion(), expectedAt(mid));
        auto *reportModel = qobject_cast<ClassificationReportModel *>(child<QTableView>("reportTable")->model());
        QCOMPARE(reportModel->report().anomaly.recall, awb::classificationReport(expectedAt(mid)).anomaly.recall);
        QVERIFY(child<QLabel>("flaggedCountLabel")->text().startsWith(
            QLocale().toString(static_cast<qulonglong>(panel_->selection()->flaggedCount()))));
        QTest::mouseMove(plot, QPoint(to, y));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, QPoint(to, y));
        QVERIFY(moved.count() >= 2);  // live while dragging
        const double t = panel_->selection()->threshold();
        QVERIFY2(std::abs(t - 0.4) < 0.01, qPrintable(QString::number(t)));
        QCOMPARE(panel_->selection()->currentConfusion(), expectedAt(t));
        QCOMPARE(child<QDoubleSpinBox>("thresholdSpin")->value(),
                 QString::number(t, 'f', child<QDoubleSpinBox>("thresholdSpin")->decimals()).toDouble());
        const QString flagged = QLocale().toString(static_cast<qulonglong>(panel_->selection()->flaggedCount()));
        QVERIFY(child<QLabel>("flaggedCountLabel")->text().startsWith(flagged));
    }

    void histogramRangeFiltersTable()
    {
        ScoreHistogram *h = histogram();
        QCustomPlot *plot = h->plot();
        const int y = plot->axisRect()->center().y();
        const int a = h->pixelForScore(0.3), b = h->pixelForScore(0.45);
        QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, QPoint(a, y));
        QTest::mouseMove(plot, QPoint(b, y));
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, QPoint(b, y));
        QCOMPARE(panel_->selection()->threshold(), 0.5);  // a range gesture leaves the threshold alone
        const auto range = panel_->selection()->filter().scoreRange;
        QVERIFY(range.has_value());
        QCOMPARE(range->first, h->scoreForPixel(a));
        QCOMPARE(range->second, h->scoreForPixel(b));
        const auto &scores = result_.run->testScores;
        const auto expected = std::count_if(scores.begin(), scores.end(),
                                            [&](float s) { return s >= range->first && s <= range->second; });
        QVERIFY(expected > 100);
        QCOMPARE(table()->model()->rowCount(), static_cast<int>(expected));
        QVERIFY(child<QToolButton>("filterChip")->text().contains(QStringLiteral("score")));
    }

    void textFilterBox()
    {
        auto *edit = child<QLineEdit>("filterEdit");
        QSignalSpy filtered(panel_->selection(), &ResultSelection::filterChanged);
        QTest::keyClicks(edit, QStringLiteral("dns"));
        QVERIFY(filtered.wait(2000));  // applied after a pause in typing
        QCOMPARE(table()->model()->rowCount(), 500);
        QVERIFY(child<QToolButton>("filterChip")->text().contains(QStringLiteral("dns")));
        QTest::mouseClick(child<QToolButton>("filterChip"), Qt::LeftButton);
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(table()->model()->rowCount(), 2000);
    }

    void selectedRowsAreMarkedAndExplained()
    {
        FlaggedRowsTable *t = table();
        t->selectionModel()->setCurrentIndex(t->model()->index(0, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        t->selectionModel()->select(QItemSelection(t->model()->index(0, 0), t->model()->index(4, 0)),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(panel_->selection()->selectedRows().size(), std::size_t{5});
        QCOMPARE(histogram()->selectionMarkerCount(), 5);
        const auto *explanation = child<RowExplanationChart>("explanationView");
        // The hand-made forest splits only on src_bytes and duration near the root.
        const auto &shown = explanation->contributions();
        QVERIFY(!shown.empty());
        for (const auto &[name, value] : shown)
            QVERIFY2(name == "src_bytes" || name == "duration", name.c_str());
    }

    void copySelectedRows()
    {
        FlaggedRowsTable *t = table();
        t->setFocus();
        t->selectionModel()->select(QItemSelection(t->model()->index(2, 0), t->model()->index(4, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QApplication::clipboard()->clear();
        QTest::keySequence(t, QKeySequence::Copy);
        const QStringList lines = QApplication::clipboard()->text().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);  // header + 3 rows
        QVERIFY(lines[0].startsWith(QStringLiteral("Line\tAnomaly score\t")));
        QCOMPARE(lines[1].split('\t').value(1), t->model()->index(2, FlaggedRowsModel::ScoreColumn).data().toString());
        QCOMPARE(lines[3].split('\t').size(), t->model()->columnCount());
    }

    void partSwitch()
    {
        QSignalSpy switched(panel_->selection(), &ResultSelection::partChanged);
        child<QComboBox>("partSwitch")->setCurrentIndex(1);
        QCOMPARE(switched.count(), 1);
        QCOMPARE(panel_->selection()->part(), ResultPart::Train);
        QCOMPARE(table()->model()->rowCount(), 3000);
        const std::vector<std::uint8_t> labels(result_.data->isAnomaly.begin(), result_.data->isAnomaly.begin() + 3000);
        QCOMPARE(panel_->selection()->currentConfusion(), awb::confusionMatrix(labels, result_.run->trainScores, 0.5));
    }

    void clearShowsNothing()
    {
        panel_->clear();
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(!child<QComboBox>("partSwitch")->isEnabled());
    }

    // The panel on real results: both models trained on NSL-KDD, rendered at 1600x1000. Saved as
    // PNGs (to look at) when AWB_SCREENSHOT_DIR is set.
    void renderOnNslKdd()
    {
        const std::string dir = AWB_SHARED_DATASETS "/nsl-kdd";
        if (!std::filesystem::exists(dir + "/KDDTrain+.txt"))
            QSKIP("NSL-KDD not found under " AWB_SHARED_DATASETS "/nsl-kdd");
        awb::PipelineConfig config;
        config.data.trainFile = dir + "/KDDTrain+.txt";
        config.data.testFile = dir + "/KDDTest+.txt";
        config.data.read.header = false;
        config.data.label = awb::ColumnRef::parse("41");
        config.data.ignore = {awb::ColumnRef::parse("42")};
        config.data.normalValues = {"normal"};
        config.autoencoder.epochs = 8;
        auto data = std::make_shared<const awb::Dataset>(awb::prepareData(config));
        const QString out = qEnvironmentVariable("AWB_SCREENSHOT_DIR");
        for (awb::ModelKind kind : {awb::ModelKind::IsolationForest, awb::ModelKind::Autoencoder}) {
            auto run = std::make_shared<const awb::ModelRun>(awb::trainModel(*data, kind, config));
            panel_->setResult(data, run);
            FlaggedRowsTable *t = table();
            t->selectRow(0);
            QTest::qWait(50);
            QVERIFY(child<CurveChart>("rocChart")->curvePointCount() > 10);
            QVERIFY(child<CurveChart>("prChart")->curvePointCount() > 10);
            QVERIFY(!child<RowExplanationChart>("explanationView")->contributions().empty());
            QCOMPARE(t->model()->rowCount(), static_cast<int>(data->testRows()));
            const QImage image = panel_->grab().toImage();
            QCOMPARE(image.size(), QSize(1600, 1000));
            const QString name = QString::fromLatin1(awb::toString(kind));
            if (!out.isEmpty())
                QVERIFY(image.save(out + "/results_" + name + ".png"));
            // The false-positive drill-down.
            auto *matrix = child<ConfusionMatrixView>("confusionMatrixView");
            QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter({false, true}));
            QCOMPARE(t->model()->rowCount(), static_cast<int>(panel_->selection()->currentConfusion().fp));
            t->selectRow(0);
            QTest::qWait(50);
            if (!out.isEmpty())
                QVERIFY(panel_->grab().save(out + "/results_" + name + "_false_positives.png"));
            // The analyst's next move: a lower threshold; the false-positive filter follows it.
            panel_->selection()->setThreshold(panel_->selection()->threshold() * 0.8);
            QCOMPARE(t->model()->rowCount(), static_cast<int>(panel_->selection()->currentConfusion().fp));
            t->selectRow(0);
            QTest::qWait(50);
            if (!out.isEmpty())
                QVERIFY(panel_->grab().save(out + "/results_" + name + "_false_positives_lower_threshold.png"));
        }
    }
};

QTEST_MAIN(TestResultsPanel)
#include "tst_resultspanel.moc"
