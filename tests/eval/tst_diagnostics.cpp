// Diagnostics: each rule fires on the facts it is about, names the cause and the fix, and stays
// quiet on a healthy run.
#include <QTest>

#include "eval/Diagnostics.h"

namespace {

awb::DiagnosticFacts healthy()
{
    awb::DiagnosticFacts f;
    f.detector = "Isolation Forest";
    f.trainRows = 1000;
    f.trainAttacks = 100;
    f.labelled = true;
    f.trainRocAuc = 0.93;
    f.checkedRows = 500;
    f.checkedAttacks = 50;
    f.flaggedRows = 60;
    f.thresholdPolicy = "f1";
    return f;
}

QString joined(const std::vector<std::string> &warnings)
{
    QStringList all;
    for (const auto &w : warnings)
        all << QString::fromStdString(w);
    return all.join('|');
}

} // namespace

class tst_Diagnostics : public QObject {
    Q_OBJECT

private slots:
    void healthyRunHasNoWarning()
    {
        QVERIFY(awb::diagnose(healthy()).empty());
    }

    void attacksAsTheMajorityOfAllRows()
    {
        awb::DiagnosticFacts f = healthy();
        f.trainedOnAllRows = true;
        f.trainAttacks = 550;
        f.trainRocAuc = 0.41;
        const QString w = joined(awb::diagnose(f));
        QCOMPARE(awb::diagnose(f).size(), std::size_t(1));
        QVERIFY2(w.contains("ROC-AUC 0.41") && w.contains("attacks are 55 % of the training rows and Isolation Forest "
                                                           "was trained on all rows: train on normal rows"), qPrintable(w));
        f.trainRocAuc = 0.7;  // still ranked right, but the majority is learnt as normal
        QVERIFY(joined(awb::diagnose(f)).startsWith("It learns attacks as normal"));
    }

    void scoresThatDoNotSeparate()
    {
        awb::DiagnosticFacts f = healthy();
        f.trainRocAuc = 0.45;
        QVERIFY(joined(awb::diagnose(f)).contains("try another detector"));
    }

    void flagsAlmostNothingOrEverything()
    {
        awb::DiagnosticFacts f = healthy();
        f.flaggedRows = 0;
        f.thresholdPolicy = "auto";
        QString w = joined(awb::diagnose(f));
        QVERIFY2(w.contains("(auto) flags almost nothing: 0.00 % of the test rows") && w.contains("f1"), qPrintable(w));
        f.flaggedRows = 490;
        f.labelled = false;
        f.trainRocAuc.reset();
        w = joined(awb::diagnose(f));
        QVERIFY2(w.contains("flags almost everything: 98.0 %") && w.contains("contamination:C"), qPrintable(w));
        // Without labels, a fifth of the flows is already more alerts than anyone reads.
        f.flaggedRows = 220;
        w = joined(awb::diagnose(f));
        QVERIFY2(w.contains("(auto) flags 44.0 % of the test rows, more alerts than anyone reads") && w.contains("budget:N/M"),
                 qPrintable(w));
        f.flaggedRows = 90;
        QVERIFY(awb::diagnose(f).empty());
        f.flaggedRows = 220;
        for (const char *asked : {"contamination:0.3", "budget:30/100"}) {  // the share the user asked for
            f.thresholdPolicy = asked;
            QVERIFY2(awb::diagnose(f).empty(), asked);
        }
        f.thresholdPolicy = "auto";
        f.flaggedRows = 220;
        f.labelled = true;  // with labels, attacks may be that many
        QVERIFY(awb::diagnose(f).empty());
        f.checkedAttacks = 0;  // but not when every label is normal where the alerts are counted
        w = joined(awb::diagnose(f));
        QVERIFY2(w.contains("(auto) flags 44.0 % of the test rows, more alerts than anyone reads") && w.contains("budget:N/M"),
                 qPrintable(w));
        f.trainAttacks = 0;  // normal training rows alone, a test file with attacks: that many may be right
        f.checkedAttacks = 200;
        QVERIFY(awb::diagnose(f).empty());
        f.trainAttacks = 100;
        f.flaggedRows = 490;
        f.labelled = true;  // best F1 flagging everything: the fix is not f1 again
        f.thresholdPolicy = "f1";
        w = joined(awb::diagnose(f));
        QVERIFY2(w.contains("prefers flagging everything") && w.contains("fpr:R") && !w.contains("by f1"), qPrintable(w));
    }
};

QTEST_APPLESS_MAIN(tst_Diagnostics)
#include "tst_diagnostics.moc"
