// anomaly-cli: the headless front end. Parses options into a RunSpec, runs the core pipeline,
// prints the reports, writes the requested files and records the run in the history; or runs a
// sweep, or a history command. Ctrl+C cancels any step: exit code 130 and no output file.
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <csignal>
#include <cstdio>

#include "cli/CliHistory.h"
#include "cli/CliOptions.h"
#include "cli/CliReport.h"
#include "cli/CliScore.h"
#include "cli/CliSweep.h"
#include "common/AtomicFile.h"
#include "common/InputError.h"
#include "data/SyntheticTraffic.h"
#include "pipeline/Fingerprint.h"
#include "pipeline/ModelFile.h"
#include "pipeline/OnnxExport.h"
#include "pipeline/CsvExport.h"
#include "pipeline/RunDocument.h"
#include "Reports.h"
#include "Translations.h"

namespace {

awb::CancelFlag cancelRequested{false};

void onInterrupt(int)
{
    cancelRequested.store(true);
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "anomaly-cli: %s\n", qPrintable(message));
    return code;
}

void say(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

void warnIfInputChanged(const CliOptions &options, const awb::RunResult &result)
{
    const auto changed = awb::fingerprintDifferences(options.storedFingerprint, result.dataset.fingerprint);
    if (changed.empty())
        return;
    QStringList what;
    for (const std::string &c : changed)
        what << QCoreApplication::translate("awb", c.c_str());
    std::fprintf(stderr, "anomaly-cli: %s\n",
                 qPrintable(QCoreApplication::translate("main", "warning: the input is not the stored run's (%1 changed); "
                                                                "scores and metrics may differ.")
                                .arg(what.join(QStringLiteral(", ")))));
}

// --export-onnx: the run's detectors that have an ONNX form; the others are named. With none, an
// error instead of the file (false: the run then exits 1), and the run's other outputs are still
// written.
bool writeOnnx(awb::AtomicFiles &outputs, const CliOptions &options, const awb::PipelineOutput &out)
{
    const QString file = QString::fromStdString(options.onnxFile);
    awb::OnnxExport onnx;
    try {
        onnx = awb::exportOnnx(awb::modelFileOf(out.data->preprocessor, out.detectors), AWB_VERSION);
    } catch (const awb::InputError &e) {
        std::fprintf(stderr, "anomaly-cli: %s\n",
                     qPrintable(QCoreApplication::translate("main", "%1 %2 is not written.")
                                    .arg(QString::fromStdString(e.message()), file)));
        return false;
    }
    outputs.write(options.onnxFile, [bytes = std::move(onnx.bytes)](std::ostream &stream) { stream << bytes; });
    for (const std::string &name : onnx.leftOut)
        std::fprintf(stderr, "anomaly-cli: %s\n",
                     qPrintable(QCoreApplication::translate("main", "%1 has no ONNX form and is not in %2.")
                                    .arg(QString::fromStdString(name), file)));
    return true;
}

// Returns the exit code: 1 when a file asked for could not be written (the others are).
int run(const CliOptions &options)
{
    const awb::Pipeline pipeline(options.spec);
    std::optional<awb::ModelFile> saved;
    if (!options.loadModelFile.empty())
        saved = awb::loadModelFile(options.loadModelFile);

    awb::PipelineObserver observer = CliReport::progressLines(options.progress);
    const awb::Dataset *loaded = nullptr;  // owned by the pipeline's output until the run ends
    observer.loaded = [&loaded](const awb::Dataset &data) {
        loaded = &data;
        say(CliReport::summary(data.summary, &data.schema));
    };
    observer.detectorFinished = [&](const awb::DetectorRun &run) {
        say(CliReport::detectorReport(run.result));
        if (options.compareThresholds)
            say(CliReport::thresholdComparison(*loaded, run));
    };
    const awb::PipelineOutput out = pipeline.run(observer, &cancelRequested, saved ? &saved->detectors : nullptr,
                                                 saved ? &saved->preprocessor : nullptr);
    if (!options.rerunFile.empty())
        warnIfInputChanged(options, out.result);

    // Every output is written beside its target first and renamed into place only if the run was not
    // cancelled by then: a cancelled run leaves no file.
    if (options.progress)
        std::fputs("anomaly-cli: step write\n", stderr);
    awb::AtomicFiles outputs(&cancelRequested);
    if (!options.scoresFile.empty())
        outputs.write(options.scoresFile, [&](std::ostream &file) {
            // Trained on a sample: every row of the training file, then of the test file, is
            // scored in a stream, the label column kept; the "file" column names a line's file.
            if (const awb::LoadOptions &load = options.spec.data.load; load.sampleRows > 0) {
                std::vector<CliScore::Input> inputs{{load.trainFile, load.trainFile}};
                if (!load.testFile.empty())
                    inputs.push_back({load.testFile, load.testFile});
                CliOptions streamed = options;
                if (const int label = out.data->schema.labelColumn; label >= 0)
                    streamed.keepColumns = {std::to_string(label)};  // by position: a name may look like one
                CliScore::scoreFiles(file, awb::modelFileOf(out.data->preprocessor, out.detectors), inputs, streamed,
                                     &cancelRequested);
            } else
                CliReport::writeScores(file, *out.data, out.detectors, &cancelRequested);
        });
    if (!options.saveModelFile.empty())
        outputs.write(options.saveModelFile, [&](std::ostream &file) {
            awb::writeModelFile(file, out.data->preprocessor, out.detectors);
        });
    const bool onnxWritten = options.onnxFile.empty() || writeOnnx(outputs, options, out);
    if (!options.jsonFile.empty())
        outputs.write(options.jsonFile, [&](std::ostream &file) {
            file << awb::jsonText(awb::toJson(awb::RunDocument{out.spec, out.result}), 2) << '\n';
        });
    if (!options.flaggedFile.empty())
        outputs.write(options.flaggedFile, [&](std::ostream &file) {
            awb::writeRowsCsv(file, *out.data, out.detectors, awb::DataPart::Test, awb::flaggedByAny(out.detectors),
                              &cancelRequested);
        });
    if (!options.metricsFile.empty())
        outputs.write(options.metricsFile, [&](std::ostream &file) { awb::writeMetricsCsv(file, out.result); });
    if (!options.reportFile.empty()) {
        const RunReportInput input{out.spec, out.result, awb::detailsOf(*out.data, out.detectors), out.data.get(), &out.detectors, 25};
        const QByteArray pdf = renderRunReport(input, CliReport::pageSize(options.pageSize));
        outputs.write(options.reportFile, [&](std::ostream &file) { file.write(pdf.constData(), pdf.size()); });
    }
    awb::throwIfCancelled(&cancelRequested);
    outputs.commit();
    std::unique_ptr<awb::RunHistory> history = CliHistory::openForRecording(options);
    CliHistory::record(history.get(), options, out);
    return onnxWritten ? 0 : 1;
}

} // namespace

// A PDF report needs Qt Gui (fonts, painting), never a display: the offscreen platform, so the CLI
// runs the same over SSH and in CI. Without a report, Qt Core is all it starts.
std::unique_ptr<QCoreApplication> application(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!CliOptionParser::wantsReport(arguments))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

// Qt Gui notes on standard error that the offscreen platform has no XDG_RUNTIME_DIR; the CLI never
// uses one, and a line a user cannot act on is only noise. Every other message passes.
QtMessageHandler standardMessages = nullptr;

void quietOffscreenNotes(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        standardMessages(type, context, message);
}

int main(int argc, char *argv[])
{
    standardMessages = qInstallMessageHandler(quietOffscreenNotes);
    const auto app = application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("anomaly-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AWB_VERSION));
    awb::i18n::installTranslations({});

    CliOptionParser parser;
    const auto options = parser.parse(QCoreApplication::arguments());
    if (!options) {
        if (!parser.output().isEmpty()) {
            say(parser.output());
            return 0;
        }
        return fail(parser.error(), 2);
    }

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    std::signal(SIGXFSZ, SIG_IGN);  // a file-size limit is a write error with a message, not a crash
    try {
        if (!options->writeDemoFile.empty()) {
            awb::AtomicFiles file(&cancelRequested);
            file.write(options->writeDemoFile, [&](std::ostream &out) {
                awb::writeSyntheticTraffic(out, {options->spec.data.demoRows, options->spec.data.demoSeed, 0.1});
            });
            awb::throwIfCancelled(&cancelRequested);
            file.commit();
            return 0;
        }
        switch (options->command) {
        case CliOptions::Command::Run: return run(*options);
        case CliOptions::Command::Sweep: CliSweep::run(*options, &cancelRequested); break;
        case CliOptions::Command::Score: CliScore::run(*options, &cancelRequested); break;
        default: return CliHistory::command(*options, &cancelRequested);
        }
    } catch (const awb::Cancelled &) {
        return fail(QCoreApplication::translate("main", "Cancelled."), 130);
    } catch (const std::exception &e) {
        return fail(QString::fromStdString(e.what()), 1);
    }
    return 0;
}
