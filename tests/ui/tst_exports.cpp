// Exports from the window, checked against what the views show: the run report at a threshold
// moved on screen (its confusion counts are the screen's, its AUCs the curves'), the rows of the
// table as filtered (the false positives of a cell), the metrics CSV, and a comparison report of
// three recorded runs; the ONNX model with the screen's thresholds. With AWB_SCREENSHOT_DIR set, the PDFs are kept there to be rendered.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "MainWindow.h"
#include "pipeline/ModelFile.h"
#include "data/SyntheticTraffic.h"
#include "history/ComparisonView.h"
#include "history/HistoryDock.h"
#include "panels/DetectorPanel.h"
#include "panels/ParamEditor.h"
#include "results/ConfusionMatrixView.h"
#include "results/FlaggedRowsModel.h"
#include "results/FlaggedRowsTable.h"
#include "results/ResultsPanel.h"

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class tst_Exports : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;

    QString keep(const QString &name) const
    {
        const QString folder = qEnvironmentVariable("AWB_SCREENSHOT_DIR");
        return folder.isEmpty() ? dir.filePath(name) : QDir(folder).filePath(name);
    }

    bool exportWith(void (MainWindow::*exporter)(const QString &), const QString &path)
    {
        QSignalSpy done(window.get(), &MainWindow::exported);
        (window.get()->*exporter)(path);
        return done.wait(60000) && done.first().first().toString() == path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AnomalyWorkbenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exports"));
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        window = std::make_unique<MainWindow>();
        window->resize(1600, 1000);
        window->show();
        QSignalSpy loaded(window.get(), &MainWindow::datasetLoaded);
        window->openDemoDataset();
        QVERIFY(loaded.wait(60000));
        QSignalSpy recorded(window.get(), &MainWindow::runRecorded);
        window->trainAll();
        QVERIFY(recorded.wait(120000));
    }

    void reportShowsTheScreensNumbers()
    {
        ResultSelection *forest = window->resultsPanel("iforest")->selection();
        forest->setPart(ResultPart::Test);
        forest->setThreshold(0.55);  // moved on screen
        const QString pdf = keep("run-report.pdf");
        QVERIFY(exportWith(&MainWindow::exportReport, pdf));
        const QString text = pdfText(pdf);
        const QLocale english(QLocale::English);
        const awb::ConfusionMatrix cm = forest->currentConfusion();
        for (const std::int64_t cell : {cm.tn, cm.fp, cm.fn, cm.tp})
            QVERIFY2(text.contains(english.toString(static_cast<qlonglong>(cell))), qPrintable(QString::number(cell)));
        QVERIFY(text.contains("fixed:0.55") && text.contains("moved by hand"));
        for (const std::string id : {"iforest", "autoencoder", "pca", "ecod"}) {
            const double auc = window->resultsPanel(id)->selection()->preparedPart()->rocAuc;
            QVERIFY2(text.contains("ROC-AUC " + QString::number(auc, 'f', 4)), id.c_str());
        }
    }

    // File > Export Model as ONNX: the thresholds on screen (the forest's was moved to 0.55 above),
    // and the status bar names ECOD as left out.
    void onnxModelWithTheScreensThresholds()
    {
        const QString onnx = dir.filePath("model.onnx");
        QVERIFY(exportWith(&MainWindow::exportOnnx, onnx));
        const QByteArray bytes = [&] {
            QFile f(onnx);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(bytes.startsWith(QByteArray("\x08\x08", 2)));  // ModelProto.ir_version = 8
        QVERIFY(bytes.contains("\"iforest\":0.55"));
        QVERIFY(bytes.contains("iforest_score") && bytes.contains("pca_prediction") && !bytes.contains("ecod_score"));
        QVERIFY2(window->statusBar()->currentMessage().endsWith(QStringLiteral("left out, having no ONNX form: ecod")),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    // File > Export Model: the file anomaly-cli score reads, with every detector and the thresholds
    // on screen.
    void modelFileWithTheScreensThresholds()
    {
        const auto menu = window->findChildren<QAction *>();
        QVERIFY(std::any_of(menu.begin(), menu.end(), [](QAction *a) { return a->text() == "Export Mo&del..." && a->isEnabled(); }));
        const QString path = dir.filePath("model.awbmodel");
        QVERIFY(exportWith(&MainWindow::exportModel, path));
        const awb::ModelFile model = awb::loadModelFile(path.toStdString());
        QCOMPARE(model.detectors.size(), std::size_t{4});
        for (const awb::SavedDetector &d : model.detectors) {
            QVERIFY2(d.model != nullptr, d.spec.name.c_str());
            const double shown = window->resultsPanel(d.spec.detector)->selection()->threshold();
            QCOMPARE(d.threshold, shown);
        }
        QCOMPARE(model.detectors.front().threshold, 0.55);  // the forest's, moved above
        QCOMPARE(model.preprocessor.encodedWidth(), window->dataset()->preprocessor.encodedWidth());
    }

    void rowsAsTheTableShowsThem()
    {
        ResultsPanel *panel = window->resultsPanel("autoencoder");
        window->resultsTabs()->setCurrentWidget(panel);
        auto *matrix = panel->findChild<ConfusionMatrixView *>("confusionMatrixView");
        QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter({false, true}));
        const auto *model = static_cast<const FlaggedRowsModel *>(panel->findChild<FlaggedRowsTable *>()->model());
        const int shown = model->totalRows();
        QVERIFY(shown > 0);
        const QString csv = dir.filePath("rows.csv");
        QVERIFY(exportWith(&MainWindow::exportRows, csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), shown + 1);
        QVERIFY(lines.front().startsWith("line,"));
        QVERIFY(lines.front().trimmed().endsWith("true_label"));
        // The first row is the table's first row (sorted by score, highest first): the same line.
        QCOMPARE(lines[1].split(',').front(), model->index(0, FlaggedRowsModel::LineColumn).data().toString().toUtf8());
        QVERIFY(lines[1].trimmed().endsWith("normal"));  // a false positive: truly normal
        const QString metrics = dir.filePath("metrics.csv");
        QVERIFY(exportWith(&MainWindow::exportMetrics, metrics));
        QFile m(metrics);
        QVERIFY(m.open(QIODevice::ReadOnly));
        QCOMPARE(m.readAll().trimmed().split('\n').size(), 1 + 4 * 2);  // four detectors, train and test
    }

    // File > Export Rows..., its save dialog answered as a user would; the folder is remembered.
    void exportThroughTheMenuAction()
    {
        QAction *action = nullptr;
        for (QAction *a : window->findChildren<QAction *>())
            if (a->text() == QStringLiteral("Export Ro&ws..."))
                action = a;
        QVERIFY(action && action->isEnabled());
        const QString csv = dir.filePath("from-menu.csv");
        // The dialog runs its own event loop: answer it from a timer once it is shown.
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&answer, csv] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QFileDialog *>(w); dialog && dialog->isVisible()) {
                    answer.stop();
                    // Type the name and press Enter, as a user would.
                    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                    QVERIFY(name);
                    name->setText(csv);
                    QTest::keyClick(name, Qt::Key_Return);
                }
        });
        answer.start();
        QSignalSpy done(window.get(), &MainWindow::exported);
        action->trigger();
        QVERIFY(done.wait(60000));
        QVERIFY(QFile::exists(csv));
        QCOMPARE(QSettings().value("lastExportDirectory").toString(), dir.path());
    }

    void comparisonReportOfThreeRuns()
    {
        for (const std::int64_t trees : {40, 80}) {
            window->detectorPanel("iforest")->editor("trees")->setValue(trees);
            QSignalSpy recorded(window.get(), &MainWindow::runRecorded);
            window->train({"iforest"});
            QVERIFY(recorded.wait(60000));
        }
        HistoryDock *dock = window->historyDock();
        dock->table()->clearSelection();
        int picked = 0;
        for (int row = 0; row < dock->table()->model()->rowCount() && picked < 3; ++row)
            if (dock->table()->model()->index(row, 4).data().toString() == QStringLiteral("iforest")) {
                dock->table()->selectionModel()->select(dock->table()->model()->index(row, 0),
                                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
                ++picked;
            }
        QCOMPARE(picked, 3);
        ComparisonView *view = window->compare(dock->selectedDetectors());
        const QString pdf = keep("comparison-report.pdf"), csv = dir.filePath("comparison.csv");
        QVERIFY(view->exportReport(pdf));
        QVERIFY(view->exportTable(csv));
        const QString text = pdfText(pdf);
        for (const std::string &label : view->comparison().labels)
            QVERIFY2(text.contains(QString::fromStdString(label)), label.c_str());
        QVERIFY(text.contains("iforest.trees *"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("setting,iforest.trees,"));
        view->close();
    }

    // Every row the table lists is exported, those it has not fetched yet too (last: it loads a
    // larger dataset).
    void rowsBeyondTheTablesFirstPage()
    {
        const QString file = dir.filePath("large.csv");
        awb::writeSyntheticTrafficFile(file.toStdString(), {80000, 3, 0.1});
        QSignalSpy loaded(window.get(), &MainWindow::datasetLoaded);
        awb::DataSpec data;
        data.load.trainFile = file.toStdString();
        window->loadData(data);
        QVERIFY(loaded.wait(60000));
        QSignalSpy finished(window.get(), &MainWindow::trainingFinished);
        window->train({"pca"});
        QVERIFY(finished.wait(60000));
        ResultsPanel *panel = window->resultsPanel("pca");
        window->resultsTabs()->setCurrentWidget(panel);
        panel->selection()->setPart(ResultPart::Train);
        const FlaggedRowsModel *model = panel->findChild<FlaggedRowsTable *>()->rowsModel();
        QVERIFY(model->totalRows() > FlaggedRowsModel::kPageRows);
        QCOMPARE(model->rowCount(), FlaggedRowsModel::kPageRows);
        const QString csv = dir.filePath("all-rows.csv");
        QVERIFY(exportWith(&MainWindow::exportRows, csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed().split('\n').size(), model->totalRows() + 1);
    }
};

QTEST_MAIN(tst_Exports)
#include "tst_exports.moc"
