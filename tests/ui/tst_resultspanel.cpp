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
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <QScrollBar>
#include <QTemporaryDir>
#include <QImage>
#include <QFile>
#include <QHeaderView>
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
#include "results/ThresholdAssistant.h"
#include "models/DetectorRegistry.h"
#include "results/ScoreHistogram.h"
#include "views/ChartMenu.h"

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
        QCOMPARE(table()->rowsModel()->totalRows(), static_cast<int>(cm.fp));
        auto *chip = child<QToolButton>("filterChip");
        QVERIFY(chip->isVisible());
        QVERIFY(chip->text().contains(QStringLiteral("false positives")));
        QTest::mouseClick(chip, Qt::LeftButton);
        QVERIFY(!chip->isVisible());
        QCOMPARE(table()->rowsModel()->totalRows(), 2000);
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
        // Missed attacks per attack type, as counted from the test rows by hand.
        std::int64_t missed[2] = {0, 0}, rows[2] = {0, 0};
        for (std::size_t i = 0; i < result_.run->testScores.size(); ++i) {
            const std::size_t r = 3000 + i;
            if (!resultstest::isAttack(r))
                continue;
            const int dos = std::string(resultstest::typeOf(r)) == "dos" ? 0 : 1;
            ++rows[dos];
            missed[dos] += result_.run->testScores[i] <= 0.5;
        }
        for (const auto &[name, k] : {std::pair{"dos", 0}, std::pair{"probe", 1}})
            QVERIFY2(text.contains(QString("%1 %2 of %3").arg(name, QLocale().toString(qlonglong(missed[k])),
                                                              QLocale().toString(qlonglong(rows[k])))),
                     qPrintable(text));
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
        QCOMPARE(table()->rowsModel()->totalRows(), static_cast<int>(expected.fp));  // the FP filter follows
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

    // A threshold far below the scores' range (PCA's on near-perfect reconstructions) shows its
    // digits instead of 0.000.
    void aTinyThresholdIsShownAsIs()
    {
        auto *spin = child<QDoubleSpinBox>("thresholdSpin");
        panel_->selection()->setThreshold(7.74e-8);
        QVERIFY2(std::abs(spin->value() - 7.74e-8) < 1e-11, qPrintable(spin->text()));
        QVERIFY2(spin->text().contains(QStringLiteral("774")), qPrintable(spin->text()));
        panel_->selection()->setThreshold(0.5);
        QCOMPARE(spin->value(), 0.5);
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
        QCOMPARE(table()->rowsModel()->totalRows(), static_cast<int>(expected));
        QVERIFY(child<QToolButton>("filterChip")->text().contains(QStringLiteral("score")));
    }

    void textFilterBox()
    {
        auto *edit = child<QLineEdit>("filterEdit");
        QSignalSpy filtered(panel_->selection(), &ResultSelection::filterChanged);
        QTest::keyClicks(edit, QStringLiteral("dns"));
        QVERIFY(filtered.wait(2000));  // applied after a pause in typing
        QCOMPARE(table()->rowsModel()->totalRows(), 500);
        QVERIFY(child<QToolButton>("filterChip")->text().contains(QStringLiteral("dns")));
        QTest::mouseClick(child<QToolButton>("filterChip"), Qt::LeftButton);
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(table()->rowsModel()->totalRows(), 2000);
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
        // The hand-made detector: src_bytes 3, then service's one-hot parts summed (1 + 0.5); duration 0 is left out.
        const auto &shown = explanation->contributions();
        QCOMPARE(shown.size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(shown[0].column), QStringLiteral("src_bytes"));
        QCOMPARE(shown[0].contribution, 3.0);
        QCOMPARE(QString::fromStdString(shown[1].column), QStringLiteral("service"));
        QCOMPARE(shown[1].contribution, 1.5);
        QVERIFY(shown[1].categorical);
        // The values as they stood in the file, beside what the normal training rows hold.
        const awb::Dataset &d = *result_.data;
        const std::size_t matrixRow = d.trainRows + *panel_->selection()->currentRow();
        QCOMPARE(shown[0].value, d.originalRow(matrixRow)[2]);
        QCOMPARE(shown[1].value, d.originalRow(matrixRow)[1]);
        std::size_t normal = 0, sameService = 0;
        std::vector<float> bytes;
        for (std::size_t r = 0; r < d.trainRows; ++r) {
            if (d.isAnomaly[r])
                continue;
            ++normal;
            sameService += std::string(resultstest::serviceOf(r)) == shown[1].value;
            bytes.push_back(static_cast<float>(r * 7919 % 100000));
        }
        QVERIFY(std::abs(shown[1].categoryShare - double(sameService) / double(normal)) < 1e-12);
        std::sort(bytes.begin(), bytes.end());
        const std::size_t half = bytes.size() / 2;
        const double median = bytes.size() % 2 ? bytes[half] : (double(bytes[half - 1]) + bytes[half]) / 2;
        QVERIFY2(std::abs(shown[0].normal.median - median) <= 0.1,  // the float encoding of 1e5-scale values
                 qPrintable(QString("%1 vs %2").arg(shown[0].normal.median).arg(median)));
        QVERIFY(shown[0].normal.q1 < shown[0].normal.median && shown[0].normal.median < shown[0].normal.q3);
        QVERIFY(RowExplanationChart::columnLabel(shown[1]).contains("% of normal rows"));
        // Counters read in digits, as in the table, never with an exponent.
        QCOMPARE(RowExplanationChart::number(119100.0), QLocale().toString(119100.0, 'f', 0));
        QCOMPARE(RowExplanationChart::number(0.25), QLocale().toString(0.25, 'g', 4));
        QVERIFY(!RowExplanationChart::columnLabel(shown[0]).contains(QStringLiteral("e+")));
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
        QVERIFY(lines[0].startsWith(QStringLiteral("Line\tScore\t")));
        QCOMPARE(lines[1].split('\t').value(1), t->model()->index(2, FlaggedRowsModel::ScoreColumn).data().toString());
        QCOMPARE(lines[3].split('\t').size(), t->model()->columnCount());
    }

    // Scrolled sideways to the last original column, the Line and score columns are still in view,
    // over the left edge, row for row with the table, and a click there selects the row.
    void lineAndScoreStayInView()
    {
        FlaggedRowsTable *t = table();
        QTableView *frozen = t->frozenColumns();
        QVERIFY(frozen->isVisible());
        for (int c = FlaggedRowsModel::FirstOriginalColumn; c < t->model()->columnCount(); ++c)
            t->setColumnWidth(c, 500);  // wider than the view, as a file of many columns is
        QTRY_VERIFY(t->horizontalScrollBar()->maximum() > 0);  // once the view has laid out the widths
        t->horizontalScrollBar()->setValue(t->horizontalScrollBar()->maximum());
        QVERIFY(t->columnViewportPosition(FlaggedRowsModel::LineColumn) < 0);  // scrolled out of the table itself
        QCOMPARE(frozen->geometry().left(), t->frameWidth());
        for (int c = 0; c < t->model()->columnCount(); ++c)
            QCOMPARE(frozen->isColumnHidden(c), c >= FlaggedRowsTable::kFrozenColumns);
        QCOMPARE(frozen->columnViewportPosition(FlaggedRowsModel::ScoreColumn), t->columnWidth(FlaggedRowsModel::LineColumn));
        t->verticalScrollBar()->setValue(t->verticalScrollBar()->maximum() / 2);
        QCOMPARE(frozen->verticalScrollBar()->value(), t->verticalScrollBar()->value());
        const int row = t->rowAt(10);
        QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, QPoint(5, frozen->rowViewportPosition(row) + 3));
        QCOMPARE(t->selectedTableRows(), std::vector<int>{row});
        t->horizontalScrollBar()->setValue(0);
    }

    // A large part reaches the table a page at a time: the row headers of both views hold only the
    // fetched rows; scrolling sideways to the right edge fetches nothing, scrolling down to the end
    // fetches the next page into both; Ctrl+End goes to the last row of all.
    void rowsArriveAPageAtATime()
    {
        const int total = FlaggedRowsModel::kPageRows * 2 + 10;
        const auto big = resultstest::makeResult(1000, static_cast<std::size_t>(total));
        panel_->setResult(big.data, big.run);
        FlaggedRowsTable *t = table();
        QCOMPARE(t->rowsModel()->totalRows(), total);
        QCOMPARE(t->rowsModel()->orderedRows().size(), std::size_t(total));
        QCOMPARE(t->verticalHeader()->count(), FlaggedRowsModel::kPageRows);
        QCOMPARE(t->frozenColumns()->verticalHeader()->count(), FlaggedRowsModel::kPageRows);
        for (int c = FlaggedRowsModel::FirstOriginalColumn; c < t->model()->columnCount(); ++c)
            t->setColumnWidth(c, 500);
        QTRY_VERIFY(t->horizontalScrollBar()->maximum() > 0 && t->verticalScrollBar()->maximum() > 0);
        t->horizontalScrollBar()->setValue(t->horizontalScrollBar()->maximum());
        QCOMPARE(t->verticalHeader()->count(), FlaggedRowsModel::kPageRows);
        t->horizontalScrollBar()->setValue(0);
        t->verticalScrollBar()->setValue(t->verticalScrollBar()->maximum());
        QCOMPARE(t->verticalHeader()->count(), FlaggedRowsModel::kPageRows * 2);
        QCOMPARE(t->frozenColumns()->verticalHeader()->count(), FlaggedRowsModel::kPageRows * 2);
        QCOMPARE(t->frozenColumns()->verticalScrollBar()->value(), t->verticalScrollBar()->value());
        t->setFocus();
        QTest::keyClick(t, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(t->currentIndex().row(), total - 1);
        QCOMPARE(t->verticalHeader()->count(), total);
    }

    // Select all means every row the table lists, fetched or not: the linked views get them all.
    void selectAllTakesEveryRow()
    {
        const int total = FlaggedRowsModel::kPageRows + 10;
        const auto big = resultstest::makeResult(1000, static_cast<std::size_t>(total));
        panel_->setResult(big.data, big.run);
        FlaggedRowsTable *t = table();
        t->setFocus();
        QTest::keyClick(t, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(t->rowsModel()->rowCount(), total);
        QCOMPARE(panel_->selection()->selectedRows().size(), std::size_t(total));
    }

    void partSwitch()
    {
        QSignalSpy switched(panel_->selection(), &ResultSelection::partChanged);
        child<QComboBox>("partSwitch")->setCurrentIndex(1);
        QCOMPARE(switched.count(), 1);
        QCOMPARE(panel_->selection()->part(), ResultPart::Train);
        QCOMPARE(table()->rowsModel()->totalRows(), 3000);
        const std::vector<std::uint8_t> labels(result_.data->isAnomaly.begin(), result_.data->isAnomaly.begin() + 3000);
        QCOMPARE(panel_->selection()->currentConfusion(), awb::confusionMatrix(labels, result_.run->trainScores, 0.5));
    }

    // Every chart has the Copy / Save as PNG / Save as SVG menu; the SVG holds vector paths, not a picture.
    void chartsSaveAsPngAndSvg()
    {
        QTemporaryDir dir;
        const QList<QWidget *> charts{child<ScoreHistogram>("scoreHistogram")->plot(), child<QWidget>("rocChart"),
                                      child<QWidget>("prChart"), child<QWidget>("confusionMatrixView")};
        for (QWidget *chart : charts) {
            QCOMPARE(chart->contextMenuPolicy(), Qt::CustomContextMenu);
            const QString png = dir.filePath(chart->objectName() + ".png"), svg = dir.filePath(chart->objectName() + ".svg");
            QVERIFY(saveChartPng(chart, png));
            QCOMPARE(QImage(png).size(), chart->size() * chart->devicePixelRatio());
            QVERIFY(saveChartSvg(chart, svg));
            QFile file(svg);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY2(text.contains("<svg") && text.count("<path") + text.count("<polyline") + text.count("<rect") >= 4 &&
                         !text.contains("<image"),
                     qPrintable(chart->objectName()));
        }
    }

    // The row explanation goes with the rows tab; the threshold assistant has the whole width.
    void assistantTakesTheWholeWidth()
    {
        auto *tabs = child<QTabWidget>("tableTabs");
        QWidget *explanation = child<QWidget>("explanationView");
        QVERIFY(explanation->isVisible());
        tabs->setCurrentIndex(1);
        QVERIFY(!explanation->isVisible());
        QTRY_VERIFY(panel_->assistant()->width() > panel_->width() * 3 / 4);
        tabs->setCurrentIndex(0);
        QVERIFY(explanation->isVisible());
    }

    void clearShowsNothing()
    {
        QCustomPlot *histogram = child<ScoreHistogram>("scoreHistogram")->plot();
        histogram->xAxis->setRange(40.0, 90.0);  // as a dataset with large scores leaves it
        QTRY_VERIFY(panel_->assistant()->table()->rowCount() > 0);
        panel_->setResult(result_.data, result_.run);  // a computation under way when the panel is cleared
        panel_->clear();
        QCOMPARE(table()->rowsModel()->totalRows(), 0);
        QCOMPARE(panel_->assistant()->table()->rowCount(), 0);  // no policy of the previous result
        QTRY_VERIFY(!panel_->assistant()->computing());
        QCoreApplication::processEvents();  // the finished computation's signal
        QCOMPARE(panel_->assistant()->table()->rowCount(), 0);  // nor once that computation ends
        QVERIFY(!child<QComboBox>("partSwitch")->isEnabled());
        QCOMPARE(histogram->xAxis->range().upper, 1.0);  // the empty histogram keeps no earlier axis
    }

    // The panel on real results: every detector trained on NSL-KDD, rendered at 1600x1000. Saved as
    // PNGs (to look at) when AWB_SCREENSHOT_DIR is set.
    void renderOnNslKdd()
    {
        const std::string dir = AWB_SHARED_DATASETS "/nsl-kdd";
        if (!std::filesystem::exists(dir + "/KDDTrain+.txt"))
            QSKIP("NSL-KDD not found under " AWB_SHARED_DATASETS "/nsl-kdd");
        awb::RunSpec spec;
        spec.data.load.trainFile = dir + "/KDDTrain+.txt";
        spec.data.load.testFile = dir + "/KDDTest+.txt";
        spec.data.load.read.header = false;
        spec.data.load.label = awb::ColumnRef::parse("41");
        spec.data.load.ignore = {awb::ColumnRef::parse("42")};
        spec.data.load.normalValues = {"normal"};
        const awb::Pipeline pipeline(spec);
        auto data = std::make_shared<const awb::Dataset>(pipeline.load());
        const QString out = qEnvironmentVariable("AWB_SCREENSHOT_DIR");
        for (const auto &detector : awb::detectorRegistry().all()) {
            awb::DetectorSpec detectorSpec = awb::defaultDetectorSpec(detector->id());
            if (detector->schema().find("epochs"))
                detectorSpec.params["epochs"] = std::int64_t{8};
            auto run = std::make_shared<const awb::DetectorRun>(pipeline.train(*data, detectorSpec));
            panel_->setResult(data, run);
            FlaggedRowsTable *t = table();
            t->selectRow(0);
            QTest::qWait(50);
            QVERIFY(child<CurveChart>("rocChart")->curvePointCount() > 10);
            QVERIFY(child<CurveChart>("prChart")->curvePointCount() > 10);
            QVERIFY(!child<RowExplanationChart>("explanationView")->contributions().empty());
            QCOMPARE(t->rowsModel()->totalRows(), static_cast<int>(data->testRows()));
            const QImage image = panel_->grab().toImage();
            QCOMPARE(image.size(), QSize(1600, 1000));
            const QString name = QString::fromStdString(detector->id());
            if (!out.isEmpty())
                QVERIFY(image.save(out + "/results_" + name + ".png"));
            // The false-positive drill-down.
            auto *matrix = child<ConfusionMatrixView>("confusionMatrixView");
            QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter({false, true}));
            QCOMPARE(t->rowsModel()->totalRows(), static_cast<int>(panel_->selection()->currentConfusion().fp));
            t->selectRow(0);
            QTest::qWait(50);
            if (!out.isEmpty())
                QVERIFY(panel_->grab().save(out + "/results_" + name + "_false_positives.png"));
            // The analyst's next move: a lower threshold; the false-positive filter follows it.
            panel_->selection()->setThreshold(panel_->selection()->threshold() * 0.8);
            QCOMPARE(t->rowsModel()->totalRows(), static_cast<int>(panel_->selection()->currentConfusion().fp));
            t->selectRow(0);
            QTest::qWait(50);
            if (!out.isEmpty())
                QVERIFY(panel_->grab().save(out + "/results_" + name + "_false_positives_lower_threshold.png"));
        }
    }
};

QTEST_MAIN(TestResultsPanel)
#include "tst_resultspanel.moc"
