// FlaggedRowsModel over a ResultSelection: sorting by score, the cell / score-range / text filters,
// the threshold linking (against awb::confusionMatrix), copy text, and a million-row part fetched
// page by page.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

#include "ResultsTestData.h"
#include "results/FlaggedRowsModel.h"
#include "results/ResultSelection.h"

class TestFlaggedRowsModel : public QObject {
    Q_OBJECT

private:
    resultstest::Result result_ = resultstest::makeResult(3000, 2000);

    static std::vector<std::uint8_t> testLabels(const resultstest::Result &r)
    {
        return {r.data->isAnomaly.begin() + static_cast<std::ptrdiff_t>(r.data->trainRows), r.data->isAnomaly.end()};
    }

private slots:
    void sortsByScore()
    {
        ResultSelection selection;
        selection.setResult(result_.data, result_.run);
        FlaggedRowsModel model(&selection);
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(model.columnCount(), FlaggedRowsModel::FirstOriginalColumn + 5);
        const auto score = [&](int row) { return model.index(row, FlaggedRowsModel::ScoreColumn).data().toString().toDouble(); };
        // Default: most anomalous first.
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(score(r - 1) >= score(r));
        model.sort(FlaggedRowsModel::ScoreColumn, Qt::AscendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(score(r - 1) <= score(r));
        model.sort(FlaggedRowsModel::LineColumn, Qt::AscendingOrder);
        // Test rows follow the 3000 training rows; the file has a header line.
        QCOMPARE(model.index(0, FlaggedRowsModel::LineColumn).data().toString(), QStringLiteral("3002"));
        QCOMPARE(model.index(1999, FlaggedRowsModel::LineColumn).data().toString(), QStringLiteral("5001"));
        QCOMPARE(model.index(5, FlaggedRowsModel::FirstOriginalColumn + 1).data().toString(),
                 QString::fromLatin1(resultstest::serviceOf(3005)));
    }

    void cellFilter_data()
    {
        QTest::addColumn<bool>("actual");
        QTest::addColumn<bool>("predicted");
        QTest::addColumn<double>("threshold");
        QTest::newRow("false positives") << false << true << 0.5;
        QTest::newRow("false negatives") << true << false << 0.5;
        QTest::newRow("true positives") << true << true << 0.5;
        QTest::newRow("true negatives") << false << false << 0.5;
        QTest::newRow("false positives, low threshold") << false << true << 0.4;
        QTest::newRow("false negatives, high threshold") << true << false << 0.65;
    }

    void cellFilter()
    {
        QFETCH(bool, actual);
        QFETCH(bool, predicted);
        QFETCH(double, threshold);
        ResultSelection selection;
        selection.setResult(result_.data, result_.run);
        FlaggedRowsModel model(&selection);
        selection.setThreshold(threshold);
        selection.setCellFilter({actual, predicted});

        const awb::ConfusionMatrix cm = awb::confusionMatrix(testLabels(result_), result_.run->testScores, threshold);
        const std::int64_t expected = actual ? (predicted ? cm.tp : cm.fn) : (predicted ? cm.fp : cm.tn);
        QCOMPARE(model.rowCount(), static_cast<int>(expected));
        QCOMPARE(selection.visibleRowCount(), static_cast<std::size_t>(expected));
        const QString anomaly = QStringLiteral("anomaly"), normal = QStringLiteral("normal");
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.index(r, FlaggedRowsModel::PredictionColumn).data().toString(), predicted ? anomaly : normal);
            // The true label as the dataset keeps it (the attack type).
            const QString label = model.index(r, FlaggedRowsModel::LabelColumn).data().toString();
            QVERIFY2(actual ? (label == "dos" || label == "probe") : label == normal, qPrintable(label));
        }
    }

    void thresholdMovesCellFilter()
    {
        ResultSelection selection;
        selection.setResult(result_.data, result_.run);
        FlaggedRowsModel model(&selection);
        selection.setCellFilter({false, true});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        selection.setThreshold(0.45);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), static_cast<int>(awb::confusionMatrix(testLabels(result_), result_.run->testScores, 0.45).fp));
    }

    void confusionFollowsThreshold_data()
    {
        QTest::addColumn<double>("threshold");
        for (double t : {0.0, 0.3, 0.42, 0.5, 0.61, 0.9, 2.0})
            QTest::newRow(qPrintable(QString::number(t))) << t;
    }

    void confusionFollowsThreshold()
    {
        QFETCH(double, threshold);
        ResultSelection selection;
        selection.setResult(result_.data, result_.run);
        QSignalSpy moved(&selection, &ResultSelection::thresholdChanged);
        selection.setThreshold(threshold);
        QCOMPARE(moved.count(), threshold == 0.5 ? 0 : 1);
        const awb::ConfusionMatrix expected = awb::confusionMatrix(testLabels(result_), result_.run->testScores, threshold);
        QCOMPARE(selection.currentConfusion(), expected);
        QCOMPARE(selection.flaggedCount(), static_cast<std::size_t>(expected.fp + expected.tp));
    }

    void scoreRangeFilter()
    {
        ResultSelection selection;
        selection.setResult(result_.data, result_.run);
        FlaggedRowsModel model(&selection);
        selection.setScoreRangeFilter(0.55, 0.45);  // either order
        const auto &scores = result_.run->testScores;
        const auto expected = std::count_if(scores.begin(), scores.end(), [](float s) { return s >= 0.45 && s <= 0.55; });
        QVERIFY(expected > 0);
        QCOMPARE(model.rowCount(), static_cast<int>(expected));
        QVERIFY(selection.filterDescription().contains(QStringLiteral("0.45")));
        // A cell filter replaces the range.
        selection.setCellFilter({true, true});
        QVERIFY(!selection.filter().scoreRange);
        selection.clearFilter();
        QCOMPARE(model.rowCount(), 2000);
    }

    void textFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        // Test rows are file rows 3000..4999: a quarter of them per service.
        QTest::newRow("service") << QStringLiteral("ssh") << 500;
        QTest::newRow("case-insensitive") << QStringLiteral("SSH") << 500;
        QTest::newRow("address") << QStringLiteral("10.0.15.160") << 1;  // row 4000 = 15 * 256 + 160
        QTest::newRow("nothing") << QStringLiteral("telnet") << 0;
    }

    void textFilter()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        ResultSelection selection;
        selection.setResult(result_.data, result_.run);
        FlaggedRowsModel model(&selection);
        QSignalSpy changed(&selection, &ResultSelection::filterChanged);
        selection.setTextFilter(text);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), expected);
        // Text combines with a cell: the flagged ssh rows are a subset.
        selection.setCellFilter({false, true});
        const auto labels = testLabels(result_);
        int both = 0;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const auto cells = result_.data->originalRow(3000 + i);
            const bool textHit = std::any_of(cells.begin(), cells.end(), [&](const std::string &c) {
                return QString::fromStdString(c).contains(text, Qt::CaseInsensitive);
            });
            both += textHit && !labels[i] && result_.run->testScores[i] > 0.5;
        }
        QCOMPARE(model.rowCount(), both);
    }

    void copyText()
    {
        ResultSelection selection;
        selection.setResult(result_.data, result_.run);
        FlaggedRowsModel model(&selection);
        model.sort(FlaggedRowsModel::LineColumn, Qt::AscendingOrder);
        const QStringList lines = model.rowsAsText({0, 2}).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("Line\tScore\tPrediction\tTrue label\tsrc_ip\tservice\tsrc_bytes\tduration\tlabel"));
        const float s = result_.run->testScores[2];
        const QString prediction = s > 0.5 ? QStringLiteral("anomaly") : QStringLiteral("normal");
        const QString label = QString::fromLatin1(resultstest::typeOf(3002));
        QCOMPARE(lines[2], QStringLiteral("3004\t%1\t%2\t%3\t10.0.11.186\tssh\t%4\t2\t%5")
                               .arg(QString::number(s, 'g', 6), prediction, label,
                                    QString::number(3002 * 7919 % 100000),
                                    resultstest::isAttack(3002) ? QStringLiteral("attack") : QStringLiteral("normal")));
    }

    // A million-row part: the model is one index vector, cells are computed when asked for.
    void millionRows()
    {
        const auto big = resultstest::makeResult(10, 1000000);
        ResultSelection selection;
        QElapsedTimer timer;
        timer.start();
        selection.setResult(big.data, big.run);
        FlaggedRowsModel model(&selection);
        const qint64 buildMs = timer.elapsed();
        QCOMPARE(model.totalRows(), 1000000);
        // The rows reach a view a page at a time; the last page is what is left.
        QCOMPARE(model.rowCount(), FlaggedRowsModel::kPageRows);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchPage();
        QCOMPARE(model.rowCount(), 2 * FlaggedRowsModel::kPageRows);
        QCOMPARE(inserted.count(), 1);
        model.fetchAll();
        QCOMPARE(model.rowCount(), 1000000);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(2).toInt(), 999999);
        model.fetchPage();
        QCOMPARE(inserted.count(), 2);  // nothing left to fetch

        timer.restart();
        QString last;
        for (int r = 999000; r < 1000000; ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                last = model.index(r, c).data().toString();
        const qint64 farMs = timer.elapsed();
        QVERIFY(!last.isEmpty());
        // Most anomalous first: the last row has the lowest score of all.
        const float lowest = *std::min_element(big.run->testScores.begin(), big.run->testScores.end());
        QCOMPARE(model.index(999999, FlaggedRowsModel::ScoreColumn).data().toString(), QString::number(lowest, 'g', 6));

        timer.restart();
        selection.setCellFilter({false, true});
        const qint64 filterMs = timer.elapsed();
        QCOMPARE(model.totalRows(), static_cast<int>(selection.currentConfusion().fp));
        QCOMPARE(model.rowCount(), std::min(model.totalRows(), FlaggedRowsModel::kPageRows));
        qInfo("1,000,000 rows: set result + model %lld ms, 1000 far rows x %d columns %lld ms, cell filter %lld ms",
              buildMs, model.columnCount(), farMs, filterMs);
        // Bounds an order of magnitude above what a smooth UI needs, so that a loaded machine passes.
        QVERIFY2(farMs < 2000, qPrintable(QString::number(farMs)));
        QVERIFY2(filterMs < 3000, qPrintable(QString::number(filterMs)));
    }
};

QTEST_GUILESS_MAIN(TestFlaggedRowsModel)
#include "tst_flaggedrowsmodel.moc"
