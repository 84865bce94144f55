// Text layout of the CLI's reports.
#include "CliReport.h"

#include "ReportDocument.h"
#include "Reports.h"

#include <QLocale>

#include <chrono>
#include <memory>
#include <mutex>

#include <cstdio>
#include <fstream>

#include "models/DetectorRegistry.h"

namespace {

QString count(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));  // the language's format; --json is for scripts
}

QString percent(std::uint64_t part, std::uint64_t whole)
{
    return whole == 0 ? QStringLiteral("-") : QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + '%';
}

QString seconds(double s)
{
    return QLocale().toString(s, 'f', 3) + QStringLiteral(" s");
}

QString delimiterName(char c)
{
    return c == '\t' ? CliReport::tr("tab") : QStringLiteral("'%1'").arg(QChar(c));
}

QString confusionText(const awb::ConfusionMatrix &cm)
{
    const QString normal = CliReport::tr("normal"), anomaly = CliReport::tr("anomaly");
    const int w = 12;
    QString text = CliReport::tr("Confusion matrix (rows: true class, columns: predicted class)") + '\n';
    text += QString(w + 2, ' ') + normal.rightJustified(w) + anomaly.rightJustified(w) + '\n';
    text += "  " + normal.leftJustified(w) + QLocale().toString(qulonglong(cm.tn)).rightJustified(w) +
            QLocale().toString(qulonglong(cm.fp)).rightJustified(w) + '\n';
    text += "  " + anomaly.leftJustified(w) + QLocale().toString(qulonglong(cm.fn)).rightJustified(w) +
            QLocale().toString(qulonglong(cm.tp)).rightJustified(w) + '\n';
    return text;
}

QString detectorTitle(const awb::DetectorSpec &spec)
{
    const QString name = QCoreApplication::translate("awb", awb::detectorRegistry().get(spec.detector).displayName().c_str());
    return spec.name == spec.detector ? name : QStringLiteral("%1 (%2)").arg(name, QString::fromStdString(spec.name));
}

// The columns of each role but the label (named on its own line) by name, wrapped after a comma
// and continued under the first name.
QString columnsByRole(const awb::Schema &schema)
{
    const std::pair<awb::ColumnRole, QString> roles[] = {{awb::ColumnRole::NumericFeature, CliReport::tr("numeric")},
                                                         {awb::ColumnRole::CategoricalFeature, CliReport::tr("categorical")},
                                                         {awb::ColumnRole::AttackType, CliReport::tr("attack type")},
                                                         {awb::ColumnRole::Ignored, CliReport::tr("ignored")}};
    constexpr int kWidth = 100;
    QString t;
    for (const auto &[role, name] : roles) {
        QStringList names;
        for (const awb::ColumnInfo &column : schema.columns)
            if (column.role == role)
                names << QString::fromStdString(column.name);
        if (names.isEmpty())
            continue;
        QString line = QStringLiteral("    ") + CliReport::tr("%1 (%2): ", "a role and its columns' count").arg(name).arg(names.size());
        const auto indent = line.size();
        for (int i = 0; i < names.size(); ++i) {
            const QString item = names[i] + (i + 1 < names.size() ? QStringLiteral(", ") : QString());
            if (line.size() + item.size() > kWidth + 1 && line.size() > indent) {
                while (line.endsWith(' '))
                    line.chop(1);
                t += line + '\n';
                line = QString(indent, ' ');
            }
            line += item;
        }
        t += line + '\n';
    }
    return t;
}

} // namespace

QString CliReport::summary(const awb::DatasetSummary &s, const awb::Schema *schema)
{
    QString t = tr("Dataset") + '\n';
    const auto part = [&](const QString &name, const std::string &file, std::size_t rows, std::size_t anomalies) {
        QString line = QStringLiteral("  %1 %2 ").arg(name.leftJustified(6), QString::fromStdString(file));
        line += tr("%1 rows").arg(count(rows));
        if (!s.labelName.empty())
            line += tr(", %1 anomalies (%2)").arg(count(anomalies), percent(anomalies, rows));
        return line + '\n';
    };
    t += part(tr("train"), s.trainFile, s.trainRows, s.trainAnomalies);
    t += part(tr("test"), s.testFile.empty() ? tr("(split from the training file)").toStdString() : s.testFile,
              s.testRows, s.testAnomalies);
    QString header = s.hasHeader ? tr("header line") : tr("no header");
    if (s.decimalPoint == ',')
        header = tr("%1, decimal comma (0,25)").arg(header);
    t += "  " + tr("format: delimiter %1, %2").arg(delimiterName(s.delimiter), header) + '\n';
    t += "  " + tr("columns: %1 features (%2 numeric, %3 categorical), %4 ignored")
                    .arg(s.numericFeatures + s.categoricalFeatures).arg(s.numericFeatures)
                    .arg(s.categoricalFeatures).arg(s.ignoredColumns) + '\n';
    if (schema)
        t += columnsByRole(*schema);
    t += "  " + tr("encoded: %1 features (%2 constant in training)").arg(s.encodedFeatures).arg(s.constantFeatures) + '\n';
    if (s.labelName.empty()) {
        t += "  " + tr("label: none (unlabelled data: scores only, no metrics)") + '\n';
    } else {
        QStringList normals;
        for (const auto &v : s.normalValues)
            normals << '"' + QString::fromStdString(v) + '"';
        t += "  " + tr("label: %1; normal value %2 (%3)")
                        .arg(QString::fromStdString(s.labelName), normals.join(", "),
                             s.normalValueDetected ? tr("detected") : tr("given")) + '\n';
    }
    t += "  " + tr("missing cells: %1, non-finite cells: %2; imputed %3, rows dropped %4").arg(count(s.missingCells), count(s.nonFiniteCells), count(s.imputedCells), count(s.droppedRows)) + '\n';
    t += "  " + tr("unseen categories in test: %1 cells").arg(count(s.unseenCategoryCells)) + '\n';
    for (const std::string &note : s.notes)
        t += "  " + tr("note: %1").arg(QString::fromStdString(note)) + '\n';
    t += tr("Timings") + '\n';
    t += "  " + tr("load %1, preprocess %2").arg(seconds(s.loadSeconds), seconds(s.preprocessSeconds)) + '\n';
    return t;
}

namespace {

// Recall per attack type, and the false alarms of each normal value, most rows first.
QString byTypeText(const std::vector<awb::TypeDetection> &types)
{
    if (types.size() < 2)
        return {};
    // The values with the most rows; a label of hundreds of values would fill pages.
    constexpr std::size_t kShown = 20;
    const std::size_t shown = std::min(types.size(), kShown);
    int width = 12;
    for (std::size_t i = 0; i < shown; ++i)
        width = std::max(width, int(types[i].type.size()) + 2);
    QString text = CliReport::tr("flagged per label value (recall for attack types):") + '\n';
    for (std::size_t i = 0; i < shown; ++i) {
        const awb::TypeDetection &t = types[i];
        text += QStringLiteral("  %1 %2 / %3  %4%5\n")
                    .arg(QString::fromStdString(t.type).leftJustified(width), count(t.flagged).rightJustified(9),
                         count(t.rows).leftJustified(9), percent(t.flagged, t.rows).rightJustified(7),
                         t.anomaly ? QString() : "  " + CliReport::tr("(normal: false alarms)"));
    }
    std::uint64_t restRows = 0;
    for (std::size_t i = shown; i < types.size(); ++i)
        restRows += types[i].rows;
    if (types.size() > shown)
        text += "  " + CliReport::tr("and %n more value(s) with %1 rows (--json lists every one)", "", int(types.size() - shown))
                           .arg(count(restRows)) + '\n';
    return text;
}

} // namespace

QString CliReport::thresholdComparison(const awb::Dataset &data, const awb::DetectorRun &run)
{
    const auto &detector = awb::detectorRegistry().get(run.result.spec.detector);
    const auto rows = awb::compareThresholdPolicies(
        data, run, awb::standardPolicies(data.labelled(), detector.automaticThreshold().has_value()));
    const bool labelled = data.labelled();
    const bool tested = data.testRows() > 0;
    QString t = "\n-- " + tr("threshold policies compared") + " --\n";
    QStringList header{tr("policy").leftJustified(22), tr("threshold").rightJustified(12), tr("train alerts/10k").rightJustified(17)};
    if (labelled)
        header << tr("train P").rightJustified(8) << tr("R").rightJustified(6) << tr("F1").rightJustified(6);
    if (tested) {
        header << tr("test alerts/10k").rightJustified(16);
        if (labelled)
            header << tr("test P").rightJustified(7) << tr("R").rightJustified(6) << tr("F1").rightJustified(6);
    }
    t += header.join(' ') + '\n';
    const auto metrics = [](const awb::ConfusionMatrix &cm, int firstWidth) {
        const awb::ClassMetrics m = awb::classificationReport(cm).anomaly;
        return QStringList{QLocale().toString(m.precision, 'f', 3).rightJustified(firstWidth),
                           QLocale().toString(m.recall, 'f', 3).rightJustified(6), QLocale().toString(m.f1, 'f', 3).rightJustified(6)};
    };
    for (const awb::PolicyComparison &row : rows) {
        QStringList cells{QString::fromStdString(row.choice.policy.text()).leftJustified(22)};
        if (!row.error.empty()) {
            t += cells.first() + ' ' + QString::fromStdString(row.error) + '\n';
            continue;
        }
        cells << QLocale().toString(row.choice.threshold, 'g', 6).rightJustified(12)
              << QLocale().toString(row.trainAlertsPer10k, 'f', 1).rightJustified(17);
        if (row.train)
            cells << metrics(*row.train, 8);
        if (tested) {
            cells << QLocale().toString(row.testAlertsPer10k, 'f', 1).rightJustified(16);
            if (row.test)
                cells << metrics(*row.test, 7);
        }
        t += cells.join(' ') + '\n';
    }
    return t;
}

QString CliReport::detectorReport(const awb::DetectorResult &r)
{
    QString t = "\n== " + detectorTitle(r.spec) + " ==\n";
    const auto &schema = awb::detectorRegistry().get(r.spec.detector).schema();
    QStringList params;
    for (const awb::ParamSpec &s : schema.specs())
        params << QStringLiteral("%1=%2").arg(QString::fromStdString(s.key),
                                              QString::fromStdString(awb::ParamSchema::toText(r.spec.params.at(s.key))));
    if (!params.isEmpty())
        t += tr("parameters: %1").arg(params.join(QStringLiteral(", "))) + '\n';
    t += (r.trainedOnNormalRows ? tr("trained on %1 normal training rows") : tr("trained on all %1 training rows"))
             .arg(count(r.trainedRows)) + '\n';
    if (!r.fitted.empty())
        t += tr("fitted: %1").arg(QString::fromStdString(r.fitted)) + '\n';
    t += tr("threshold %1 (%2: %3); flagged when the score is above it")
             .arg(QLocale().toString(r.threshold, 'g', 6), QString::fromStdString(r.thresholdPolicy.text()),
                  QString::fromStdString(r.thresholdReason)) + '\n';
    for (const std::string &warning : r.warnings)
        t += tr("warning: %1").arg(QString::fromStdString(warning)) + '\n';
    t += tr("fit %1, score %2").arg(seconds(r.fitSeconds), seconds(r.scoreSeconds)) + '\n';
    if (!r.history.loss.empty()) {
        t += tr("epochs %1 (best %2%3), %4 per epoch")
                 .arg(r.history.loss.size()).arg(r.history.bestEpoch)
                 .arg(r.history.stoppedEarly ? tr(", stopped early") : QString())
                 .arg(seconds(r.history.secondsPerEpoch)) + '\n';
    }
    const auto part = [&](const QString &name, const std::optional<awb::Evaluation> &e) {
        if (!e)
            return QString();
        QString p = "\n-- " + name + " --\n";
        p += QString::fromStdString(e->report.text());
        p += '\n' + confusionText(e->confusion);
        p += tr("ROC-AUC %1   average precision %2")
                 .arg(QLocale().toString(e->rocAuc, 'f', 4), QLocale().toString(e->averagePrecision, 'f', 4)) + '\n';
        p += byTypeText(e->byType);
        return p;
    };
    if (!r.train && !r.test)
        t += tr("No metrics: the data has no labels, or labels of one class only; scores only.") + '\n';
    else if (!r.train)
        t += tr("The training rows are all of one class: metrics on the test rows only.") + '\n';
    t += part(tr("train"), r.train);
    t += part(tr("test"), r.test);
    return t;
}

void CliReport::writeScores(std::ostream &out, const awb::Dataset &data, const std::vector<awb::DetectorRun> &runs,
                            const awb::CancelFlag *cancel)
{
    out << "part,line";
    for (const auto &run : runs)
        out << ',' << run.result.spec.name << "_score," << run.result.spec.name << "_prediction";
    out << (data.labelled() ? ",is_anomaly\n" : "\n");
    char buf[64];
    for (std::size_t row = 0; row < data.sourceRow.size(); ++row) {
        if (row % 65536 == 0)
            awb::throwIfCancelled(cancel);
        const bool train = row < data.trainRows;
        const auto &source = *data.sources[data.sourceFile[row]];
        out << (train ? "train," : "test,") << source.lineNumber(data.sourceRow[row]);
        for (const auto &run : runs) {
            const float score = (train ? run.trainScores : run.testScores)[train ? row : row - data.trainRows];
            std::snprintf(buf, sizeof buf, ",%.9g,%d", score, score > run.result.threshold ? 1 : 0);
            out << buf;
        }
        if (data.labelled())
            out << ',' << int(data.isAnomaly[row]);
        out << '\n';
    }
}

// --progress: a line when each step starts, then its progress at most twice a second.
awb::PipelineObserver CliReport::progressLines(bool enabled)
{
    awb::PipelineObserver observer;
    if (!enabled)
        return observer;
    // Progress arrives from the core's worker threads: one lock guards the step and the clock.
    struct Lines {
        std::mutex mutex;
        std::string step;
        std::chrono::steady_clock::time_point last;
    };
    auto lines = std::make_shared<Lines>();
    observer.stepStarted = [lines](const awb::PipelineStep &s) {
        const std::lock_guard lock(lines->mutex);
        lines->step = awb::toString(s);
        std::fprintf(stderr, "anomaly-cli: step %s\n", lines->step.c_str());
        std::fflush(stderr);
    };
    observer.progress = [lines](const awb::ProgressEvent &e) {
        const std::lock_guard lock(lines->mutex);
        const auto now = std::chrono::steady_clock::now();
        if (e.total == 0 || now - lines->last < std::chrono::milliseconds(500))
            return;
        lines->last = now;
        std::fprintf(stderr, "anomaly-cli: %s %.0f%%\n", lines->step.c_str(), 100.0 * static_cast<double>(e.done) / e.total);
        std::fflush(stderr);
    };
    return observer;
}

QPageSize CliReport::pageSize(const std::string &name)
{
    return pageSizeNamed(QString::fromStdString(name)).value_or(ReportDocument::defaultPageSize());
}
