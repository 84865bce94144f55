// The CLI's command line: data options fill the RunSpec's DataSpec; --models, --set, --train-on,
// --threshold and the detectors' own aliases fill its DetectorSpecs. Detector options and their
// help come from the registry's schemas, so no detector is named here. Errors are one sentence.
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

#include "pipeline/RunSpec.h"

struct CliOptions {
    // `anomaly-cli [options]` runs; `anomaly-cli sweep --grid ...` sweeps; `anomaly-cli score ...`
    // streams a file through a saved model; `anomaly-cli history ...` reads and edits the run history.
    enum class Command { Run, Sweep, Score, HistoryList, HistoryShow, HistoryCompare, HistoryDelete };
    Command command = Command::Run;
    awb::RunSpec spec;
    std::string jsonFile;
    std::string scoresFile;
    std::string saveModelFile;
    std::string loadModelFile;
    std::string onnxFile;       // the trained detectors as an ONNX model
    std::string writeDemoFile;  // generate the demo data to this file and exit
    std::string rerunFile;      // the run document whose spec is replayed
    std::string storedFingerprint;  // of the replayed run
    bool progress = false;      // step and progress lines on standard error
    bool compareThresholds = false;  // --threshold compare: a table of every policy per detector
    std::string grid;           // sweep: the axes
    std::string historyFile;    // default: awb::defaultHistoryPath()
    bool noHistory = false;
    bool historyModels = false; // keep the trained models in the history too
    std::vector<std::string> historyIds;  // "12" (a run) or "12:pca" (one detector of it)
    bool jsonOutput = false;    // history commands: JSON on standard output
    std::string reportFile;     // a PDF report of the run (or of the comparison)
    std::string pageSize;       // "a4", "letter" or empty: the locale's
    std::string flaggedFile;    // CSV of the test rows flagged by any detector
    std::string metricsFile;    // CSV of the run's metrics (history compare: of the comparison)
    std::string inputFile;      // score: the input ("-": standard input)
    std::string outputFile;     // score: the scores ("-": standard output)
    std::vector<std::string> keepColumns;  // score: input columns copied beside the scores
    bool skipBadRows = false;   // score: --on-bad-row skip
};

class CliOptionParser {
    Q_DECLARE_TR_FUNCTIONS(CliOptionParser)

public:
    // Parses the arguments (argv[0] first). Returns the options, or nothing with `error` set, or
    // with `output` set (the text of --help or --version, to print before exiting).
    std::optional<CliOptions> parse(const QStringList &arguments);
    const QString &error() const { return error_; }
    const QString &output() const { return output_; }

    // The detectors' part of --help: every detector with each parameter's type, range, default
    // and help, generated from the schemas.
    static QString detectorHelp();
    // Whether the arguments ask for a PDF (the CLI then starts Qt Gui on the offscreen platform).
    static bool wantsReport(const QStringList &arguments);

private:
    // Parses `anomaly-cli COMMAND ...` (the command's name dropped) into `p`; false with error() or
    // output() (its --help) set when there is nothing to run.
    bool parseSubcommand(QCommandLineParser &p, const QStringList &arguments);
    std::optional<CliOptions> parseHistory(const QStringList &arguments);
    std::optional<CliOptions> parseScore(const QStringList &arguments);  // in CliScore.cpp

    QString error_;
    QString output_;
};
