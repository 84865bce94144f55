// The CLI's command line: every option maps onto a field of awb::PipelineConfig (defaults come
// from the core structs) or onto an output the CLI writes. Parsing errors are one sentence.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

#include "pipeline/Pipeline.h"

struct CliOptions {
    awb::PipelineConfig config;
    std::string jsonFile;
    std::string scoresFile;
    std::string saveModelFile;
    std::string loadModelFile;
    std::string writeDemoFile;  // generate the demo data to this file and exit
};

class CliOptionParser {
    Q_DECLARE_TR_FUNCTIONS(CliOptionParser)

public:
    // Parses the arguments (argv[0] first). Returns the options, or nothing with `error` set (or
    // with `exitNow` set when --help or --version was answered).
    std::optional<CliOptions> parse(const QStringList &arguments);
    const QString &error() const { return error_; }
    bool exitNow() const { return exitNow_; }

private:
    QString error_;
    bool exitNow_ = false;
};
