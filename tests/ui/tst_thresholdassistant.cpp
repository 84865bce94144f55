// The threshold assistant driven as an analyst would: every policy listed with the core's
// threshold and confusion counts; one chosen and applied moves the threshold, the matrix and the
// linked views, and undo takes it back; an own cost policy added to the table; candidates marked
// on the histogram and the curves; and a screenshot of the panel with its cost curve.
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include "ResultsTestData.h"
#include "panels/ThresholdPolicyEditor.h"
#include "results/CurveChart.h"
#include "results/ResultsPanel.h"
#include "results/ThresholdAssistant.h"

class TestThresholdAssistant : public QObject {
    Q_OBJECT

    resultstest::Result result_ = resultstest::makeResult(3000, 2000);
    std::unique_ptr<ResultsPanel> panel_;

    ThresholdAssistant *assistant() const { return panel_->assistant(); }
    int rowOf(const QString &policy) const
    {
        const QTableWidget *table = assistant()->table();
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == policy)
                return r;
        return -1;
    }

private slots:
    void init()
    {
        panel_ = std::make_unique<ResultsPanel>();
        panel_->resize(1600, 1000);
        QSignalSpy computed(panel_->assistant(), &ThresholdAssistant::computed);
        panel_->setResult(result_.data, result_.run);
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
        QTRY_COMPARE_WITH_TIMEOUT(computed.count(), 1, 10000);
    }

    void everyPolicyAsTheCoreChoosesIt()
    {
        const auto policies = awb::standardPolicies(true, true);
        QCOMPARE(assistant()->table()->rowCount(), int(policies.size()));
        for (const awb::ThresholdPolicy &p : policies) {
            const int row = rowOf(QString::fromStdString(p.text()));
            QVERIFY2(row >= 0, p.text().c_str());
            const awb::ThresholdChoice core = awb::chooseThreshold(*result_.data, *result_.run, p);
            QCOMPARE(assistant()->rows()[std::size_t(row)].choice.threshold, core.threshold);
            QCOMPARE(assistant()->table()->item(row, 1)->text(), QString::number(core.threshold, 'g', 6));
        }
        // The fpr:0.01 row's training counts are the core's confusion matrix on the training rows.
        const awb::PolicyComparison &fpr = assistant()->rows()[std::size_t(rowOf("fpr:0.01"))];
        const std::span<const std::uint8_t> trainLabels(result_.data->isAnomaly.data(), 3000);
        QCOMPARE(*fpr.train, awb::confusionMatrix(trainLabels, result_.run->trainScores, fpr.choice.threshold));
        QVERIFY(double(fpr.train->fp) / double(fpr.train->fp + fpr.train->tn) <= 0.01);
        QVERIFY(assistant()->table()->item(rowOf("fpr:0.01"), 3)->text().contains(QString("FP %1").arg(fpr.train->fp)));
        // Candidates on the histogram and the curves: one per applicable policy.
        QCOMPARE(panel_->selection()->candidates().size(), policies.size());
        QCOMPARE(panel_->findChild<CurveChart *>("rocChart")->candidatePointCount(), int(policies.size()));
    }

    void applyMovesEveryViewAndUndoTakesItBack()
    {
        ResultSelection *selection = panel_->selection();
        const double trained = selection->threshold();
        const int row = rowOf("recall:0.9");
        const double wanted = assistant()->rows()[std::size_t(row)].choice.threshold;
        QVERIFY(wanted != trained);
        assistant()->table()->selectRow(row);
        QSignalSpy moved(selection, &ResultSelection::thresholdChanged);
        QTest::mouseClick(assistant()->findChild<QPushButton *>("applyPolicy"), Qt::LeftButton);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(selection->threshold(), wanted);
        const std::vector<std::uint8_t> testLabels(result_.data->isAnomaly.begin() + 3000, result_.data->isAnomaly.end());
        QCOMPARE(selection->currentConfusion(), awb::confusionMatrix(testLabels, result_.run->testScores, wanted));
        QCOMPARE(panel_->undoStack()->undoText(), QStringLiteral("Threshold by recall:0.9"));
        panel_->undoStack()->undo();  // the window's Edit > Undo (tst_mainwindow presses Ctrl+Z there)
        QCOMPARE(selection->threshold(), trained);
        panel_->undoStack()->redo();
        QCOMPARE(selection->threshold(), wanted);
    }

    // Every policy in turn: the threshold, the live matrix and the curves' marker follow the core.
    void eachPolicyAppliedMovesTheLinkedViews()
    {
        ResultSelection *selection = panel_->selection();
        const std::vector<std::uint8_t> testLabels(result_.data->isAnomaly.begin() + 3000, result_.data->isAnomaly.end());
        auto *roc = panel_->findChild<CurveChart *>("rocChart");
        for (int row = 0; row < assistant()->table()->rowCount(); ++row) {
            const awb::PolicyComparison &r = assistant()->rows()[std::size_t(row)];
            assistant()->table()->selectRow(row);
            QTest::mouseClick(assistant()->findChild<QPushButton *>("applyPolicy"), Qt::LeftButton);
            QCOMPARE(selection->threshold(), r.choice.threshold);
            const awb::ConfusionMatrix cm = awb::confusionMatrix(testLabels, result_.run->testScores, r.choice.threshold);
            QCOMPARE(selection->currentConfusion(), cm);
            QCOMPARE(*r.test, cm);
            const awb::OperatingPoint op = awb::operatingPoint(cm);
            QCOMPARE(roc->operatingPoint(), QPointF(op.falsePositiveRate, op.recall));
        }
    }

    // Without labels: only the policies that need none, each with what it flags.
    void unlabelledDataGetsTheUnlabelledPolicies()
    {
        auto data = std::make_shared<awb::Dataset>(*result_.data);
        data->isAnomaly.clear();
        data->labelCode.clear();
        data->labelValues.clear();
        QSignalSpy computed(assistant(), &ThresholdAssistant::computed);
        panel_->setResult(data, result_.run);
        QTRY_COMPARE_WITH_TIMEOUT(computed.count(), 1, 10000);
        const auto policies = awb::standardPolicies(false, true);
        QCOMPARE(assistant()->table()->rowCount(), int(policies.size()));
        for (const awb::PolicyComparison &r : assistant()->rows()) {
            QVERIFY(!r.choice.policy.needsLabels());
            const auto flagged = std::count_if(result_.run->testScores.begin(), result_.run->testScores.end(),
                                               [&](float s) { return s > r.choice.threshold; });
            QCOMPARE(r.testAlertsPer10k, 10000.0 * double(flagged) / 2000.0);
        }
        QVERIFY(assistant()->table()->isColumnHidden(3));  // no confusion counts without labels
    }

    void ownCostPolicyIsAdded()
    {
        QSignalSpy computed(assistant(), &ThresholdAssistant::computed);
        const awb::ThresholdPolicy own = awb::ThresholdPolicy::parse("cost:fp=2,fn=7");
        assistant()->editor()->setPolicy(own);
        QTest::mouseClick(assistant()->findChild<QPushButton *>("addPolicy"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(computed.count(), 1, 10000);
        const int row = rowOf("cost:fp=2,fn=7");
        QVERIFY(row >= 0);
        QCOMPARE(assistant()->rows()[std::size_t(row)].choice.threshold,
                 awb::chooseThreshold(*result_.data, *result_.run, own).threshold);
        QCOMPARE(assistant()->table()->rowCount(), int(awb::standardPolicies(true, true).size()) + 1);
    }

    void screenshot()
    {
        panel_->findChild<QTabWidget *>("tableTabs")->setCurrentIndex(1);  // the threshold assistant
        assistant()->table()->selectRow(rowOf("f1"));
        QTest::qWait(200);
        const QString dir = qEnvironmentVariable("AWB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(panel_->grab().save(dir + "/threshold-assistant.png"));
    }
};

QTEST_MAIN(TestThresholdAssistant)
#include "tst_thresholdassistant.moc"
