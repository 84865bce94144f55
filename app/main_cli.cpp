// anomaly-cli: the headless front end. Parses options, runs the core pipeline, prints the reports.
#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <fstream>

#include "cli/CliOptions.h"
#include "cli/CliReport.h"
#include "common/InputError.h"
#include "data/DatasetLoader.h"
#include "data/SyntheticTraffic.h"
#include "pipeline/ModelFile.h"
#include "pipeline/RunDocument.h"

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

awb::RunResult run(const CliOptions &options)
{
    const awb::PipelineConfig &config = options.config;
    std::optional<awb::ModelFile> saved;
    if (!options.loadModelFile.empty())
        saved = awb::loadModelFile(options.loadModelFile);

    const awb::Dataset data =
        awb::prepareData(config, {}, &cancelRequested, saved ? &saved->preprocessor : nullptr);
    awb::RunResult result;
    result.dataset = data.summary;
    std::fputs(qPrintable(CliReport::summary(data.summary)), stdout);
    std::fflush(stdout);

    if (saved) {
        for (const awb::SavedModel &model : saved->models)
            result.models.push_back(awb::scoreWithModel(data, model, config.threads, {}, &cancelRequested));
    } else {
        for (const awb::ModelKind kind : config.models)
            result.models.push_back(awb::trainModel(data, kind, config, {}, &cancelRequested));
    }
    for (const awb::ModelRun &modelRun : result.models) {
        std::fputs(qPrintable(CliReport::modelReport(modelRun)), stdout);
        std::fflush(stdout);
    }
    if (!options.scoresFile.empty())
        CliReport::writeScores(options.scoresFile, data, result);
    if (!options.saveModelFile.empty())
        awb::saveModelFile(options.saveModelFile, data.preprocessor, result.models);
    if (!options.jsonFile.empty()) {
        std::ofstream json(options.jsonFile, std::ios::trunc);
        json << awb::toJson(result).dump() << '\n';
        if (!json.flush())
            throw awb::InputError(options.jsonFile, 0, 0, "Cannot write the JSON document.");
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("anomaly-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AWB_VERSION));

    CliOptionParser parser;
    const auto options = parser.parse(QCoreApplication::arguments());
    if (!options)
        return parser.exitNow() ? 0 : fail(parser.error(), 2);

    std::signal(SIGINT, onInterrupt);
    try {
        if (!options->writeDemoFile.empty()) {
            awb::writeSyntheticTrafficFile(options->writeDemoFile,
                                           {options->config.demoRows, options->config.demoSeed, 0.1});
            return 0;
        }
        run(*options);
    } catch (const awb::Cancelled &) {
        return fail(QCoreApplication::translate("main", "Cancelled."), 130);
    } catch (const std::exception &e) {
        return fail(QString::fromStdString(e.what()), 1);
    }
    return 0;
}
