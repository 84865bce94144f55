// The import dialog on a UNSW-NB15-like file, as a new user meets it: attack_cat and the
// identifiers proposed as ignored, each saying why and greyed out; several columns set at once;
// the log1p row following the run's mode and single ticks; and the options it hands the loader
// keep only the user's own changes, so the loaded dataset names what was ignored and why.
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <random>

#include "dialogs/ImportDialog.h"

namespace {

QString writeUnswLike(const QTemporaryDir &dir)
{
    std::mt19937 rng(9);
    std::lognormal_distribution<double> bytes(5.0, 3.5);
    QByteArray csv = "id,srcip,dur,sbytes,proto,attack_cat,label\n";
    for (int i = 0; i < 600; ++i) {
        const bool attack = rng() % 100 < 40;
        csv += QByteArray::number(i + 1) + ",10.0.0." + QByteArray::number(int(rng() % 5)) + "," +
               QByteArray::number(double(rng() % 1000) / 100.0) + "," + QByteArray::number(qRound64(bytes(rng))) +
               (rng() % 2 ? ",tcp," : ",udp,") + (attack ? "Exploits,1\n" : "Normal,0\n");
    }
    const QString path = dir.filePath("unsw-like.csv");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(csv);
    return path;
}

QComboBox *roleOf(const ImportDialog &dialog, int column)
{
    return qobject_cast<QComboBox *>(dialog.roleTable()->cellWidget(0, column));
}

} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private slots:
    void proposesRolesWithReasons()
    {
        ImportDialog dialog(writeUnswLike(dir));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.previewError().isEmpty());
        for (const int ignored : {0, 1}) {  // id, srcip
            QCOMPARE(awb::ColumnRole(roleOf(dialog, ignored)->currentData().toInt()), awb::ColumnRole::Ignored);
            QVERIFY(roleOf(dialog, ignored)->toolTip().startsWith("Proposed as ignored"));
            QCOMPARE(dialog.previewTable()->item(0, ignored)->foreground().color(),
                     dialog.palette().color(QPalette::Disabled, QPalette::Text));
        }
        // attack_cat, a second target: the attack type, and why.
        QCOMPARE(awb::ColumnRole(roleOf(dialog, 5)->currentData().toInt()), awb::ColumnRole::AttackType);
        QVERIFY(roleOf(dialog, 5)->toolTip().startsWith("Proposed as the attack type: its values give the label away"));
        QCOMPARE(awb::ColumnRole(roleOf(dialog, 3)->currentData().toInt()), awb::ColumnRole::NumericFeature);
        // 100 rows spread over the 600, and the label's mix over all of them.
        QCOMPARE(dialog.previewTable()->rowCount(), 100);
        // Each row is numbered by its line in the file, as errors name it: data row 595 is line 596.
        QCOMPARE(dialog.previewTable()->verticalHeaderItem(0)->text(), QStringLiteral("2"));
        QCOMPARE(dialog.previewTable()->verticalHeaderItem(99)->text(), QStringLiteral("596"));
        // The roles stay in view: scrolled to the last row, the role table has not moved, and the
        // two tables scroll sideways together.
        dialog.previewTable()->scrollToBottom();
        QVERIFY(dialog.roleTable()->isVisible());
        QCOMPARE(dialog.roleTable()->rowCount(), 2);
        dialog.resize(400, 500);
        QTest::qWait(50);
        dialog.previewTable()->horizontalScrollBar()->setValue(dialog.previewTable()->horizontalScrollBar()->maximum());
        QCOMPARE(dialog.roleTable()->horizontalScrollBar()->value(), dialog.previewTable()->horizontalScrollBar()->value());
        QVERIFY(dialog.roleTable()->horizontalScrollBar()->value() > 0);
        for (int c = 0; c < 7; ++c)
            QCOMPARE(dialog.roleTable()->columnWidth(c), dialog.previewTable()->columnWidth(c));
        const QString status = dialog.findChild<QLabel *>("previewStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("Labels over all 600 rows: \u201C0\u201D ")) &&
                     status.contains(QStringLiteral(", \u201C1\u201D ")),
                 qPrintable(status));
        QVERIFY2(status.startsWith(QStringLiteral("7 column(s), delimiter ',', the first line is a header.")), qPrintable(status));

        // Untouched, the options carry no role of their own: the loader proposes the same, with notes.
        const awb::Dataset data = awb::loadDataset(dialog.options());
        QCOMPARE(data.summary.notes.size(), std::size_t(3));
        QVERIFY(data.summary.notes[2].starts_with("Column \"attack_cat\" is the attack type"));
    }

    // A file saved by Excel on Windows (Windows-1252): its names and cells in the dialog as written,
    // and the dialog says how it read them.
    void aWindows1252FileReadsAsWritten()
    {
        QByteArray csv = "Zone;Dur\xE9" "e;\xC9tiquette\n";
        for (int i = 0; i < 40; ++i)
            csv += QByteArray(i % 2 ? "R\xE9seau" : "DMZ") + ';' + QByteArray::number(i * 7) + (i % 5 ? ";normal\n" : ";attaque\n");
        const QString path = dir.filePath("excel.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        ImportDialog dialog(path);
        QVERIFY(dialog.previewError().isEmpty());
        QCOMPARE(dialog.roleTable()->horizontalHeaderItem(1)->text(), QStringLiteral("Dur\u00E9e"));
        QCOMPARE(dialog.previewTable()->item(1, 0)->text(), QStringLiteral("R\u00E9seau"));
        const QString status = dialog.findChild<QLabel *>("previewStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("The text is not UTF-8: it is read as Windows-1252")), qPrintable(status));
    }

    void severalColumnsAtOnceAndTheLogRow()
    {
        ImportDialog dialog(writeUnswLike(dir));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *table = dialog.roleTable();
        dialog.previewTable()->setRangeSelected(QTableWidgetSelectionRange(3, 2, 4, 4), true);  // dur .. proto
        auto *bulk = dialog.findChild<QComboBox *>("bulkRole");
        bulk->setCurrentIndex(bulk->findData(int(awb::ColumnRole::CategoricalFeature)));
        emit bulk->activated(bulk->currentIndex());
        for (const int c : {2, 3, 4})
            QCOMPARE(awb::ColumnRole(roleOf(dialog, c)->currentData().toInt()), awb::ColumnRole::CategoricalFeature);
        QCOMPARE(dialog.options().roleOverrides.size(), std::size_t(2));  // proto was categorical already

        auto *log = dialog.findChild<QComboBox *>("logTransform");
        QCOMPARE(table->item(1, 3)->checkState(), Qt::Unchecked);
        log->setCurrentIndex(log->findData(int(awb::LogTransform::HeavyTailed)));
        QCOMPARE(table->item(1, 3)->checkState(), Qt::Checked);  // sbytes is heavy-tailed
        QCOMPARE(table->item(1, 2)->checkState(), Qt::Unchecked);
        table->item(1, 2)->setCheckState(Qt::Checked);  // dur, by hand
        const awb::LoadOptions options = dialog.options();
        QCOMPARE(options.log, awb::LogTransform::HeavyTailed);
        QCOMPARE(options.logOverrides.size(), std::size_t(1));
        QCOMPARE(options.logOverrides[0].first.index, 2);
        QVERIFY(options.logOverrides[0].second);
    }

    // Every option's name explains it on hover, as its field does.
    void everyLabelHasItsFieldsTooltip()
    {
        ImportDialog dialog(writeUnswLike(dir));
        auto *form = dialog.findChild<QFormLayout *>();
        QVERIFY(form && form->rowCount() >= 10);
        for (int row = 0; row < form->rowCount(); ++row) {
            auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget());
            QVERIFY(label);
            QVERIFY2(!label->toolTip().isEmpty(), qPrintable(label->text()));
        }
    }

    // Ctrl+Z takes back a role change with what it set off (the label moving), Ctrl+Shift+Z redoes it.
    void roleChangesUndoAndRedo()
    {
        ImportDialog dialog(writeUnswLike(dir));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *label = dialog.findChild<QComboBox *>("labelColumn");
        QVERIFY(label);
        QCOMPARE(label->currentData().toInt(), 6);
        roleOf(dialog, 5)->setCurrentIndex(roleOf(dialog, 5)->findData(int(awb::ColumnRole::Label)));  // attack_cat
        QCOMPARE(label->currentData().toInt(), 5);
        QCOMPARE(awb::ColumnRole(roleOf(dialog, 6)->currentData().toInt()), awb::ColumnRole::Ignored);
        QTest::keySequence(&dialog, QKeySequence::Undo);
        QCOMPARE(label->currentData().toInt(), 6);
        QCOMPARE(awb::ColumnRole(roleOf(dialog, 6)->currentData().toInt()), awb::ColumnRole::Label);
        QCOMPARE(awb::ColumnRole(roleOf(dialog, 5)->currentData().toInt()), awb::ColumnRole::AttackType);
        QTest::keySequence(&dialog, QKeySequence::Redo);
        QCOMPARE(label->currentData().toInt(), 5);
    }

    // Open Recent hands the dialog the options the file was loaded with: it shows them all again.
    // The seed draws the split and the sample: with a test file it stays enabled only while a
    // sample is asked for; a sample under 100 rows becomes 100, as on the command line.
    void seedFollowsTheSplitAndTheSample()
    {
        ImportDialog dialog(writeUnswLike(dir));
        auto *seed = dialog.findChild<QSpinBox *>("splitSeed");
        auto *sample = dialog.findChild<QSpinBox *>("sampleRows");
        auto *testFile = dialog.findChild<QLineEdit *>("testFile");
        QVERIFY(seed && sample && testFile);
        QVERIFY(seed->isEnabled());
        testFile->setText(QStringLiteral("test.csv"));
        QVERIFY(!seed->isEnabled());
        sample->setValue(40);
        QVERIFY(seed->isEnabled());
        emit sample->editingFinished();
        QCOMPARE(dialog.options().sampleRows, std::size_t(100));
        sample->setValue(0);
        QVERIFY(!seed->isEnabled());
        QCOMPARE(dialog.options().sampleRows, std::size_t(0));
    }

    void storedOptionsComeBack()
    {
        const QString file = writeUnswLike(dir);
        awb::LoadOptions stored;
        {
            ImportDialog first(file);
            roleOf(first, 2)->setCurrentIndex(roleOf(first, 2)->findData(int(awb::ColumnRole::Ignored)));
            first.findChild<QComboBox *>("scaling")->setCurrentIndex(2);
            first.findChild<QComboBox *>("logTransform")->setCurrentIndex(1);
            first.roleTable()->item(1, 3)->setCheckState(Qt::Unchecked);
            first.findChild<QSpinBox *>("sampleRows")->setValue(400);
            stored = first.options();
            QCOMPARE(stored.roleOverrides.size(), std::size_t(1));
            QCOMPARE(stored.sampleRows, std::size_t(400));
        }
        ImportDialog again(file);
        QVERIFY(again.options() != stored);
        again.setOptions(stored);
        QCOMPARE(again.options(), stored);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
