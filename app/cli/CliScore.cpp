#include "CliScore.h"

#include <QCommandLineParser>
#include <QLocale>

#include <cstdio>
#include <iostream>

#include "CliValues.h"
#include "common/AtomicFile.h"
#include "pipeline/StreamScoring.h"

using namespace cli;

namespace {

// Bad rows are listed one by one up to this many; the rest are counted in the summary.
constexpr std::uint64_t kListedBadRows = 20;

void note(const QString &text)
{
    std::fprintf(stderr, "anomaly-cli: %s\n", qPrintable(text));
}

QString summaryLine(const awb::StreamScoreSummary &s)
{
    const QLocale locale;
    QStringList flagged;
    for (const auto &[name, count] : s.flagged)
        flagged << QStringLiteral("%1 %2").arg(QString::fromStdString(name), locale.toString(qulonglong(count)));
    const double rate = s.seconds > 0 ? static_cast<double>(s.rows) / s.seconds : 0.0;
    QString skipped;
    if (s.empty > 0)
        skipped += QCoreApplication::translate("CliScore", " Rows of empty cells skipped: %1.").arg(locale.toString(qulonglong(s.empty)));
    if (s.headerCopies > 0)
        skipped += QCoreApplication::translate("CliScore", " Copies of the header line skipped: %1.")
                       .arg(locale.toString(qulonglong(s.headerCopies)));
    return QCoreApplication::translate("CliScore", "scored %1 of %2 rows (bad rows skipped: %3) in %4 s, %5 rows/s; "
                                                   "above threshold: %6; missing cells imputed: %7; cells of categories "
                                                   "training never saw: %8.")
        .arg(locale.toString(qulonglong(s.scored)), locale.toString(qulonglong(s.rows)),
             locale.toString(qulonglong(s.skipped)), locale.toString(s.seconds, 'f', 1),
             locale.toString(rate, 'f', 0), flagged.join(QStringLiteral(", ")),
             locale.toString(qulonglong(s.counts.imputedCells)), locale.toString(qulonglong(s.counts.unseenCategoryCells))) +
           skipped;
}

} // namespace

std::optional<CliOptions> CliOptionParser::parseScore(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Scores a file of any size with the detectors of a saved model, in bounded memory: "
                                   "reads it in chunks and writes line, <detector>_score, <detector>_prediction "
                                   "per row as it goes."));
    p.addHelpOption();
    const auto add = [&p](const char *name, const QString &help, const QString &value = {}) {
        p.addOption(QCommandLineOption(QLatin1String(name), help, value));
    };
    add("load-model", tr("The model file (--save-model) whose detectors score."), tr("MODEL"));
    add("input", tr("The data: CSV/TSV, plain or .gz, or - for standard input."), tr("FILE"));
    add("output", tr("Where the scores go: a CSV file, or - for standard output."), tr("FILE"));
    add("keep", tr("Input columns to copy beside the scores: names or 0-based indices, comma-separated."), tr("COLS"));
    add("on-bad-row", tr("A row the model cannot score (ragged, text in a numeric column): skip (listed and "
                         "counted) or fail (default)."), tr("ACTION"));
    add("delimiter", tr("Field delimiter: , ; | or tab (default: detected)."), tr("C"));
    add("header", tr("The first line is a header."));
    add("no-header", tr("The first line is data."));
    add("threads", tr("Worker threads (default: all cores)."), tr("N"));
    add("progress", tr("Print progress on standard error."));
    if (!parseSubcommand(p, arguments))
        return std::nullopt;
    CliOptions o;
    o.command = CliOptions::Command::Score;
    try {
        for (const char *required : {"load-model", "input", "output"})
            if (!p.isSet(QLatin1String(required)))
                throw BadValue{tr("score needs --load-model MODEL, --input FILE and --output FILE (- for standard input "
                                  "or output); --%1 is missing.").arg(QLatin1String(required))};
        if (!p.positionalArguments().isEmpty())
            throw BadValue{tr("Unexpected argument \"%1\" (see score --help).").arg(p.positionalArguments().first())};
        o.loadModelFile = p.value(QStringLiteral("load-model")).toStdString();
        o.inputFile = p.value(QStringLiteral("input")).toStdString();
        o.outputFile = p.value(QStringLiteral("output")).toStdString();
        o.keepColumns = list(p.value(QStringLiteral("keep")));
        o.skipBadRows = p.isSet(QStringLiteral("on-bad-row")) &&
                        choice<bool>(QStringLiteral("on-bad-row"), p.value(QStringLiteral("on-bad-row")), {{"skip", true}, {"fail", false}});
        readDialect(p, o.spec.data.load.read);
        if (p.isSet(QStringLiteral("threads")))
            o.spec.threads = static_cast<int>(integer(QStringLiteral("threads"), p.value(QStringLiteral("threads")), 1, 256));
        o.progress = p.isSet(QStringLiteral("progress"));
    } catch (const BadValue &bad) {
        error_ = bad.message;
        return std::nullopt;
    }
    return o;
}

void CliScore::scoreFiles(std::ostream &out, const awb::ModelFile &model, const std::vector<Input> &inputs,
                          const CliOptions &options, const awb::CancelFlag *cancel)
{
    awb::StreamScoreOptions stream;
    stream.read = options.spec.data.load.read;
    for (const std::string &column : options.keepColumns)
        stream.keep.push_back(awb::ColumnRef::parse(column));
    stream.skipBadRows = options.skipBadRows;
    stream.threads = options.spec.threads;
    std::uint64_t badRows = 0;
    const awb::BadRowFn badRow = [&badRows](const awb::InputError &error) {
        if (++badRows <= kListedBadRows)
            note(QCoreApplication::translate("CliScore", "skipped %1").arg(QString::fromStdString(error.what())));
        if (badRows == kListedBadRows + 1)
            note(QCoreApplication::translate("CliScore", "further bad rows are skipped without a line each."));
    };
    awb::ProgressFn progress;
    if (options.progress)
        progress = [](const awb::ProgressEvent &e) {
            const QLocale locale;
            const QString read = locale.toString(static_cast<double>(e.done) / 1e6, 'f', 1);
            note(e.total > 0 ? QCoreApplication::translate("CliScore", "score: %1 of %2 MB read")
                                   .arg(read, locale.toString(static_cast<double>(e.total) / 1e6, 'f', 1))
                             : QCoreApplication::translate("CliScore", "score: %1 MB read").arg(read));
        };
    for (const Input &input : inputs) {
        stream.input = input.file;
        stream.fileTag = input.tag;
        stream.writeHeader = &input == &inputs.front();
        const QString summary = summaryLine(awb::scoreStream(model, stream, out, badRow, progress, cancel));
        note(inputs.size() > 1 ? QCoreApplication::translate("CliScore", "%1: %2", "file name: summary line")
                                      .arg(QString::fromStdString(input.file), summary)
                                : summary);
    }
}

void CliScore::run(const CliOptions &options, const awb::CancelFlag *cancel)
{
    const awb::ModelFile model = awb::loadModelFile(options.loadModelFile);
    if (options.outputFile == "-") {
        std::ios::sync_with_stdio(false);
        awb::writeNamed(QCoreApplication::translate("CliScore", "standard output").toStdString(), std::cout,
                        [&](std::ostream &out) { scoreFiles(out, model, {{options.inputFile, {}}}, options, cancel); });
        std::cout.flush();
        return;
    }
    // The scores go to a temporary file beside the target, renamed into place at the end: a
    // failed or cancelled run leaves no half-written file.
    awb::AtomicFiles output(cancel);
    output.write(options.outputFile, [&](std::ostream &out) { scoreFiles(out, model, {{options.inputFile, {}}}, options, cancel); });
    awb::throwIfCancelled(cancel);
    output.commit();
}
