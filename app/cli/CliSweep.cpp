// The sweep command: expand, run once-loaded, record, print the table, write the JSON.
#include "CliSweep.h"

#include <QStringList>

#include <cstdio>

#include "CliHistory.h"
#include "CliReport.h"
#include "common/AtomicFile.h"
#include "pipeline/RunDocument.h"
#include "pipeline/Sweep.h"

namespace {

QString metric(const std::optional<awb::Evaluation> &e, double awb::Evaluation::*field)
{
    return e ? QString::number((*e).*field, 'f', 4) : QStringLiteral("-");
}

} // namespace

void CliSweep::run(const CliOptions &options, const awb::CancelFlag *cancel)
{
    const std::vector<awb::SweepPoint> points = awb::expandSweep(options.spec, awb::parseSweepGrid(options.grid));
    std::unique_ptr<awb::RunHistory> history = CliHistory::openForRecording(options);
    std::printf("%s\n", qPrintable(tr("Sweep of %n run(s) on data loaded once.", "", static_cast<int>(points.size()))));

    awb::SweepObserver observer;
    observer.pipeline = CliReport::progressLines(options.progress);
    observer.loaded = [](const awb::Dataset &data) {
        std::fputs(qPrintable(CliReport::summary(data.summary, &data.schema)), stdout);
    };
    awb::Json documents = awb::Json::array();
    observer.pointFinished = [&](std::size_t index, const awb::SweepPoint &point, const awb::PipelineOutput &out) {
        const auto id = CliHistory::record(history.get(), options, out, point.settings);
        QString line = QStringLiteral("%1  ").arg(index + 1, 3);
        for (const std::string &setting : point.settings)
            line += QString::fromStdString(setting).leftJustified(28) + QStringLiteral("  ");
        for (const awb::DetectorRun &run : out.detectors)
            line += QStringLiteral("%1 ROC-AUC %2 AP %3 F1 %4  ")
                        .arg(QString::fromStdString(run.result.spec.name),
                             metric(run.result.test, &awb::Evaluation::rocAuc),
                             metric(run.result.test, &awb::Evaluation::averagePrecision),
                             run.result.test ? QString::number(run.result.test->report.anomaly.f1, 'f', 4) : QStringLiteral("-"));
        if (id)
            line += tr("(history run %1)").arg(*id);
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
        documents.push_back(awb::toJson(awb::RunDocument{out.spec, out.result}));
    };
    awb::runSweep(points, observer, cancel);
    if (!options.jsonFile.empty()) {
        awb::AtomicFiles file(cancel);
        file.write(options.jsonFile, [&](std::ostream &out) {
            out << awb::jsonText(awb::Json{{"format", "anomaly-workbench-sweep"}, {"version", 1}, {"grid", options.grid},
                                           {"runs", documents}},
                                 2)
                << '\n';
        });
        awb::throwIfCancelled(cancel);
        file.commit();
    }
}
