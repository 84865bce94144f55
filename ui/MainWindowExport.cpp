// MainWindow's exports: the PDF report, the rows of the current table, the metrics and the model
// (for anomaly-cli, or as ONNX), each of what the window shows (the thresholds on screen
// included), written in the background through the core's atomic file writing. The last export
// folder is remembered.
#include "MainWindow.h"

#include <QFileInfo>
#include <QStatusBar>
#include <QTabWidget>

#include "common/AtomicFile.h"
#include "panels/DetectorPanel.h"
#include "pipeline/CsvExport.h"
#include "pipeline/ModelFile.h"
#include "pipeline/OnnxExport.h"
#include "Reports.h"
#include "ReportDocument.h"
#include "results/FlaggedRowsModel.h"
#include "results/FlaggedRowsTable.h"
#include "results/ResultsPanel.h"
#include "views/SavePath.h"
#include "workers/BackgroundTask.h"

std::vector<awb::DetectorRun> MainWindow::shownRuns() const
{
    std::vector<awb::DetectorRun> runs;
    for (const DetectorSlot &s : slots_) {
        const ResultSelection *selection = s.results->selection();
        if (!selection->run() || selection->dataset() != dataset_.get())
            continue;
        awb::DetectorRun run = *selection->run();
        if (selection->threshold() != run.result.threshold) {
            awb::DetectorResult &r = run.result;
            r.threshold = selection->threshold();
            r.spec.threshold = r.thresholdPolicy = {awb::ThresholdPolicy::Kind::Fixed, r.threshold};
            r.thresholdReason = "moved by hand on the histogram";
            awb::evaluateRun(*dataset_, run);
        }
        runs.push_back(std::move(run));
    }
    return runs;
}

void MainWindow::startExport(const QString &path, std::function<void(std::ostream &)> write,
                             std::function<QString()> doneMessage)
{
    auto *task = new BackgroundTask(tr("Exporting %1").arg(QFileInfo(path).fileName()),
                                    [path, write](const awb::ProgressFn &, const awb::CancelFlag *cancel) {
        awb::AtomicFiles file(cancel);
        file.write(path.toStdString(), write);
        awb::throwIfCancelled(cancel);
        file.commit();
    }, this);
    otherTasks_.push_back(task);
    keepRunning_.push_back(task);
    connect(task, &BackgroundTask::succeeded, this, [this, path, doneMessage] {
        statusBar()->showMessage(doneMessage ? doneMessage() : tr("Exported %1").arg(path), 8000);
        emit exported(path);
    });
    connect(task, &BackgroundTask::failed, this, [this](const QString &message) { showError(tr("The export failed"), message); });
    trackTask(task);
}

void MainWindow::exportReportDialog()
{
    const QString path = askSavePath(this, tr("Export Report"), tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (!path.isEmpty())
        exportReport(path);
}

void MainWindow::exportRowsDialog()
{
    const QString path = askSavePath(this, tr("Export Rows"), tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (!path.isEmpty())
        exportRows(path);
}

void MainWindow::exportOnnxDialog()
{
    const QString path = askSavePath(this, tr("Export Model as ONNX"), tr("ONNX models (*.onnx)"), QStringLiteral("onnx"));
    if (!path.isEmpty())
        exportOnnx(path);
}

void MainWindow::exportModelDialog()
{
    const QString path = askSavePath(this, tr("Export Model"), tr("Anomaly Workbench models (*.awbmodel)"),
                                     QStringLiteral("awbmodel"));
    if (!path.isEmpty())
        exportModel(path);
}

void MainWindow::exportMetricsDialog()
{
    const QString path = askSavePath(this, tr("Export Metrics"), tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (!path.isEmpty())
        exportMetrics(path);
}

// The trained detectors with the thresholds on screen, and the data's preprocessing, as one ONNX
// model; a detector without an ONNX form (ECOD) is named in the status bar.
void MainWindow::exportOnnx(const QString &path)
{
    const std::vector<awb::DetectorRun> runs = shownRuns();
    if (runs.empty()) {
        showError(tr("No model to export"), tr("Train a detector first."));
        return;
    }
    const auto model = std::make_shared<awb::ModelFile>(awb::modelFileOf(dataset_->preprocessor, runs));
    auto leftOut = std::make_shared<QStringList>();
    const std::string version = QCoreApplication::applicationVersion().toStdString();
    startExport(path, [model, version, leftOut](std::ostream &out) {
        const awb::OnnxExport onnx = awb::exportOnnx(*model, version);
        out << onnx.bytes;
        for (const std::string &name : onnx.leftOut)
            *leftOut << QString::fromStdString(name);
    }, [path, leftOut] {
        return leftOut->isEmpty() ? tr("Exported %1").arg(path)
                                  : tr("Exported %1; left out, having no ONNX form: %2").arg(path, leftOut->join(QStringLiteral(", ")));
    });
}

// The trained detectors with the thresholds on screen, and the data's preprocessing, as the model
// file anomaly-cli reads (score --load-model scores files of any size with it).
void MainWindow::exportModel(const QString &path)
{
    auto runs = std::make_shared<std::vector<awb::DetectorRun>>(shownRuns());
    if (runs->empty()) {
        showError(tr("No model to export"), tr("Train a detector first."));
        return;
    }
    const auto data = dataset_;
    startExport(path, [runs, data](std::ostream &out) { awb::writeModelFile(out, data->preprocessor, *runs); }, [path] {
        return tr("Exported %1: anomaly-cli score --load-model scores files of any size with it").arg(path);
    });
}

// The spec of the shown runs: the loaded data and each run's detector as it was trained.
awb::RunSpec MainWindow::specOf(const std::vector<awb::DetectorRun> &runs) const
{
    awb::RunSpec spec{dataSpec_, {}, 0};
    for (const awb::DetectorRun &run : runs)
        spec.detectors.push_back(run.result.spec);
    return spec;
}

void MainWindow::exportReport(const QString &path)
{
    auto runs = std::make_shared<std::vector<awb::DetectorRun>>(shownRuns());
    if (runs->empty()) {
        showError(tr("Nothing to report"), tr("Train a detector first: the report shows the trained detectors' results."));
        return;
    }
    const awb::RunSpec spec = specOf(*runs);
    const auto data = dataset_;
    const QPageSize page = preferences_.reportPageSize();
    startExport(path, [spec, runs, data, page](std::ostream &out) {
        const awb::Pipeline pipeline(spec);
        const RunReportInput input{pipeline.spec(), pipeline.resultOf(*data, *runs, awb::detectorSeconds(*runs)), awb::detailsOf(*data, *runs),
                                   data.get(), runs.get(), 25};
        const QByteArray pdf = renderRunReport(input, page);
        out.write(pdf.constData(), pdf.size());
    });
}

void MainWindow::exportRows(const QString &path)
{
    auto *panel = qobject_cast<ResultsPanel *>(tabs_->currentWidget());
    if (!dataset_ || !panel || !panel->selection()->hasResult()) {
        showError(tr("No rows to export"), tr("Train a detector first: its rows table is what is exported."));
        return;
    }
    // The table's rows in its current filter and order, fetched into the view or not.
    const auto *model = static_cast<const FlaggedRowsModel *>(panel->findChild<FlaggedRowsTable *>()->model());
    std::vector<std::uint32_t> rows = model->orderedRows();
    const auto part = panel->selection()->part() == ResultPart::Test ? awb::DataPart::Test : awb::DataPart::Train;
    auto runs = std::make_shared<std::vector<awb::DetectorRun>>(shownRuns());
    const auto data = dataset_;
    startExport(path, [data, runs, part, rows](std::ostream &out) { awb::writeRowsCsv(out, *data, *runs, part, rows); });
}

void MainWindow::exportMetrics(const QString &path)
{
    auto runs = std::make_shared<std::vector<awb::DetectorRun>>(shownRuns());
    if (runs->empty()) {
        showError(tr("No metrics to export"), tr("Train a detector first."));
        return;
    }
    const awb::RunSpec spec = specOf(*runs);
    const auto data = dataset_;
    startExport(path, [spec, runs, data](std::ostream &out) {
        awb::writeMetricsCsv(out, awb::Pipeline(spec).resultOf(*data, *runs, 0.0));
    });
}
