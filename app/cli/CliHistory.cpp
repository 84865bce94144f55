// The run history from the command line.
#include "CliHistory.h"

#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "CliReport.h"
#include "common/ByteSinks.h"
#include "common/InputError.h"
#include "history/Comparison.h"
#include "models/DetectorRegistry.h"
#include "pipeline/ModelFile.h"
#include "common/AtomicFile.h"
#include "pipeline/CsvExport.h"
#include "pipeline/RunDocument.h"
#include "Reports.h"

namespace {

void warn(const QString &message)
{
    std::fprintf(stderr, "anomaly-cli: %s\n", qPrintable(CliHistory::tr("warning: %1").arg(message)));
}

void print(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
}

std::int64_t runId(const std::string &id)
{
    try {
        std::size_t used = 0;
        const long long value = std::stoll(id, &used);
        if (used == id.size() && value > 0)
            return value;
    } catch (const std::exception &) {
    }
    throw awb::InputError("", 0, 0, "\"" + id + "\" is not a run number.");
}

awb::Json entryJson(const awb::HistoryEntry &e)
{
    return {{"id", e.id}, {"created_at", e.createdAt}, {"name", e.name}, {"note", e.note}, {"has_models", e.hasModels},
            {"spec", awb::toJson(e.spec)}, {"result", awb::toJson(e.result)}};
}

QString testAuc(const awb::DetectorResult &r)
{
    return r.test ? QString::number(r.test->rocAuc, 'f', 4) : QStringLiteral("-");
}

void list(const awb::RunHistory &history, bool json)
{
    const auto entries = history.list();
    if (json) {
        awb::Json all = awb::Json::array();
        for (const auto &e : entries)
            all.push_back(entryJson(e));
        print(QString::fromStdString(awb::jsonText(all, 2)) + '\n');
        return;
    }
    // Names as wide as the longest (up to 72 characters; a longer one is cut with an ellipsis).
    constexpr int kMaxName = 72;
    int width = static_cast<int>(CliHistory::tr("name").size());
    for (const auto &e : entries)
        width = std::max(width, std::min(kMaxName, static_cast<int>(QString::fromStdString(e.name).size())));
    print(QStringLiteral("%1  %2  %3  %4\n").arg(CliHistory::tr("id"), 5).arg(CliHistory::tr("recorded (UTC)"), -20)
              .arg(CliHistory::tr("name"), -width).arg(CliHistory::tr("test ROC-AUC per detector")));
    for (const auto &e : entries) {
        QStringList aucs;
        for (const auto &d : e.result.detectors)
            aucs << QStringLiteral("%1 %2").arg(QString::fromStdString(d.spec.name), testAuc(d));
        QString name = QString::fromStdString(e.name);
        if (name.size() > kMaxName)
            name = name.left(kMaxName - 1) + QChar(0x2026);
        print(QStringLiteral("%1  %2  %3  %4\n").arg(e.id, 5).arg(QString::fromStdString(e.createdAt), -20)
                  .arg(name, -width).arg(aucs.join(QStringLiteral(", "))));
    }
}

void show(const awb::RunHistory &history, std::int64_t id, bool json)
{
    const awb::HistoryEntry e = history.get(id);
    if (json) {
        print(QString::fromStdString(awb::jsonText(entryJson(e), 2)) + '\n');
        return;
    }
    print(CliHistory::tr("Run %1 \"%2\", recorded %3").arg(e.id).arg(QString::fromStdString(e.name),
                                                                   QString::fromStdString(e.createdAt)) + '\n');
    if (!e.note.empty())
        print(CliHistory::tr("Note: %1").arg(QString::fromStdString(e.note)) + '\n');
    print(CliReport::summary(e.result.dataset));
    for (const auto &d : e.result.detectors)
        print(CliReport::detectorReport(d));
}

// The detectors the ids name: "12" is every detector of run 12, "12:pca" one of them.
std::vector<awb::ComparedDetector> comparedDetectors(const awb::RunHistory &history, const std::vector<std::string> &ids)
{
    std::vector<awb::ComparedDetector> items;
    for (const std::string &id : ids) {
        const auto colon = id.find(':');
        const std::int64_t run = runId(id.substr(0, colon));
        const awb::HistoryEntry e = history.get(run);
        const awb::RunDetails details = history.details(run);
        bool found = false;
        for (const auto &d : e.result.detectors) {
            if (colon != std::string::npos && d.spec.name != id.substr(colon + 1))
                continue;
            found = true;
            awb::ComparedDetector item{run, awb::comparedLabel(run, d.spec.name), e.spec.data, d,
                                       e.result.dataset, std::nullopt};
            if (const auto *stored = details.find(d.spec.name))
                item.details = *stored;
            items.push_back(std::move(item));
        }
        if (!found)
            throw awb::InputError(history.path(), 0, 0, "Run " + std::to_string(run) + " has no detector \"" +
                                                            id.substr(colon + 1) + "\".");
    }
    if (items.size() < 2 || items.size() > 8)
        throw awb::InputError("", 0, 0, "A comparison takes 2 to 8 detectors; these ids name " +
                                            std::to_string(items.size()) + ".");
    return items;
}

QString cell(const QString &text, int width)
{
    return text.leftJustified(width, ' ', true) + QStringLiteral("  ");
}

void compare(const awb::RunHistory &history, const CliOptions &options, const awb::CancelFlag *cancel)
{
    const std::vector<awb::ComparedDetector> items = comparedDetectors(history, options.historyIds);
    const awb::Comparison c = awb::compare(items);
    awb::AtomicFiles outputs(cancel);
    if (!options.reportFile.empty()) {
        const QByteArray pdf = renderComparisonReport(items, CliReport::pageSize(options.pageSize));
        outputs.write(options.reportFile, [&](std::ostream &out) { out.write(pdf.constData(), pdf.size()); });
    }
    if (!options.metricsFile.empty())
        outputs.write(options.metricsFile, [&](std::ostream &out) { awb::writeComparisonCsv(out, c); });
    awb::throwIfCancelled(cancel);
    outputs.commit();
    const bool json = options.jsonOutput;
    if (json) {
        print(QString::fromStdString(awb::jsonText(awb::toJson(c), 2)) + '\n');
        return;
    }
    QString header = QStringLiteral("  ") + cell(CliHistory::tr("parameter"), 26);
    for (const auto &label : c.labels)
        header += cell(QString::fromStdString(label), 18);
    print(header + '\n');
    for (const auto &p : c.parameters) {
        QString line = (p.differs ? QStringLiteral("* ") : QStringLiteral("  ")) + cell(QString::fromStdString(p.name), 26);
        for (const auto &v : p.values)
            line += cell(QString::fromStdString(v), 18);
        print(line + '\n');
    }
    print(CliHistory::tr("(* the settings differ)") + "\n\n");
    header = QStringLiteral("  ") + cell(CliHistory::tr("metric"), 26);
    for (const auto &label : c.labels)
        header += cell(QString::fromStdString(label), 18);
    print(header + '\n');
    for (const auto &m : c.metrics) {
        QString line = QStringLiteral("  ") + cell(QString::fromStdString(m.name), 26);
        for (std::size_t i = 0; i < m.values.size(); ++i)
            line += cell((m.values[i] ? QString::number(*m.values[i], 'f', m.count ? 0 : 4) : QStringLiteral("-")) +
                             (m.best[i] ? QStringLiteral(" *") : QString()), 18);
        print(line + '\n');
    }
    print(CliHistory::tr("(* the best of the row)") + '\n');
    if (c.agreement.available)
        print('\n' + CliHistory::tr("Flagged test rows: by all %1, by some %2, by none %3")
                         .arg(c.agreement.byAll.size()).arg(c.agreement.bySome.size()).arg(c.agreement.byNone.size()) + '\n');
}

} // namespace

std::unique_ptr<awb::RunHistory> CliHistory::openForRecording(const CliOptions &options)
{
    if (options.noHistory)
        return nullptr;
    try {
        return std::make_unique<awb::RunHistory>(options.historyFile);
    } catch (const awb::InputError &e) {
        warn(tr("the run is not recorded in the history: %1").arg(QString::fromStdString(e.what())));
        return nullptr;
    }
}

std::optional<std::int64_t> CliHistory::record(awb::RunHistory *history, const CliOptions &options,
                                               const awb::PipelineOutput &out, const std::vector<std::string> &swept)
{
    if (!history)
        return std::nullopt;
    try {
        std::optional<std::vector<std::uint8_t>> models;
        if (options.historyModels)
            models = awb::bytesOf([&](std::ostream &to) { awb::writeModelFile(to, out.data->preprocessor, out.detectors); });
        return history->record(out.spec, out.result, awb::detailsOf(*out.data, out.detectors),
                               awb::defaultRunName(out.spec, out.result.dataset, swept), models ? &*models : nullptr);
    } catch (const awb::InputError &e) {
        warn(tr("the run is not recorded in the history: %1").arg(QString::fromStdString(e.what())));
        return std::nullopt;
    }
}

int CliHistory::command(const CliOptions &options, const awb::CancelFlag *cancel)
{
    const bool edits = options.command == CliOptions::Command::HistoryDelete;
    if (!std::filesystem::exists(options.historyFile))  // a mistyped path must not create a database
        throw awb::InputError(options.historyFile, 0, 0, "There is no run history here.");
    awb::RunHistory history(options.historyFile, edits ? awb::RunHistory::Access::ReadWrite
                                                        : awb::RunHistory::Access::ReadOnly);
    switch (options.command) {
    case CliOptions::Command::HistoryList: list(history, options.jsonOutput); break;
    case CliOptions::Command::HistoryShow: show(history, runId(options.historyIds.front()), options.jsonOutput); break;
    case CliOptions::Command::HistoryCompare: compare(history, options, cancel); break;
    case CliOptions::Command::HistoryDelete: {
        const std::int64_t id = runId(options.historyIds.front());
        history.remove(id);
        print(tr("Deleted run %1.").arg(id) + '\n');
        break;
    }
    default: break;
    }
    return 0;
}
