// Building the run and comparison reports from their blocks; see Reports.h.
#include "Reports.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <numeric>

#include "ReportCharts.h"
#include "ReportDocument.h"
#include "eval/RowExplanation.h"
#include "models/DetectorRegistry.h"

namespace {

// The report's texts, translated in the context "Reports".
class Reports {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

const QLocale english(QLocale::English);

QString count(std::uint64_t n)
{
    return english.toString(static_cast<qulonglong>(n));
}

QString ratio(double v)
{
    return QString::number(v, 'f', 4);
}

QString detectorTitle(const awb::DetectorSpec &spec)
{
    const awb::Detector *d = awb::detectorRegistry().find(spec.detector);
    const QString name = d ? QCoreApplication::translate("awb", d->displayName().c_str()) : QString::fromStdString(spec.detector);
    return spec.name == spec.detector ? name : QStringLiteral("%1 (%2)").arg(name, QString::fromStdString(spec.name));
}

QString settingsText(const awb::DetectorSpec &spec)
{
    QStringList parts;
    for (const auto &[key, value] : spec.params)
        parts << QStringLiteral("%1=%2").arg(QString::fromStdString(key), QString::fromStdString(awb::ParamSchema::toText(value)));
    return parts.isEmpty() ? Reports::tr("no parameters") : parts.join(QStringLiteral(", "));
}

void datasetSection(ReportDocument &doc, const RunReportInput &in)
{
    const awb::DatasetSummary &s = in.result.dataset;
    const awb::LoadOptions &o = in.spec.data.load;
    doc.heading(Reports::tr("Dataset"));
    ReportDocument::Table t;
    t.header = {Reports::tr("Item"), Reports::tr("Value")};
    t.columnWeights = {1, 3};
    const auto row = [&](const QString &name, const QString &value) { t.rows.push_back({name, value}); };
    row(Reports::tr("Columns"), Reports::tr("%1 numeric, %2 categorical features; %3 ignored; %4 encoded features (%5 constant)")
                           .arg(s.numericFeatures).arg(s.categoricalFeatures).arg(s.ignoredColumns).arg(s.encodedFeatures)
                           .arg(s.constantFeatures));
    row(Reports::tr("Label"), s.labelName.empty() ? Reports::tr("none (unlabelled)") : QString::fromStdString(s.labelName));
    QStringList normals;
    for (const auto &v : s.normalValues)
        normals << QString::fromStdString(v);
    row(Reports::tr("Normal values"), normals.join(QStringLiteral(", ")) + (s.normalValueDetected ? Reports::tr(" (detected)") : Reports::tr(" (given)")));
    row(Reports::tr("Training rows"), Reports::tr("%1, of which %2 anomalies").arg(count(s.trainRows), count(s.trainAnomalies)));
    row(Reports::tr("Test rows"), Reports::tr("%1, of which %2 anomalies").arg(count(s.testRows), count(s.testAnomalies)));
    row(Reports::tr("Missing, non-finite cells"), Reports::tr("%1 missing, %2 non-finite; %3 imputed, %4 rows dropped")
                                             .arg(count(s.missingCells), count(s.nonFiniteCells), count(s.imputedCells),
                                                  count(s.droppedRows)));
    row(Reports::tr("Unseen categories in test"), Reports::tr("%1 cells").arg(count(s.unseenCategoryCells)));
    for (const std::string &note : s.notes)
        row(Reports::tr("Note"), QString::fromStdString(note));
    const QString header = s.hasHeader ? Reports::tr("header line") : Reports::tr("no header");
    row(Reports::tr("Options"), Reports::tr("delimiter %1, %2; scaling %3; missing cells: %4; %5")
                           .arg(s.delimiter == '\t' ? Reports::tr("tab") : QStringLiteral("'%1'").arg(QChar(s.delimiter)),
                                s.decimalPoint == ',' ? Reports::tr("%1, decimal comma (0,25)").arg(header) : header,
                                QLatin1String(awb::nameOf(o.scaling)),
                                QLatin1String(awb::nameOf(o.missing)),
                                o.testFile.empty() ? Reports::tr("test rows split off (fraction %1, seed %2)").arg(o.testFraction).arg(o.seed)
                                                   : Reports::tr("separate test file")));
    doc.table(t);
}

ReportDocument::Table reportTable(const awb::Evaluation &e)
{
    ReportDocument::Table t;
    t.header = {QString(), Reports::tr("precision"), Reports::tr("recall"), Reports::tr("F1"), Reports::tr("support")};
    const auto row = [&](const QString &name, const awb::ClassMetrics &m) {
        t.rows.push_back({name, ratio(m.precision), ratio(m.recall), ratio(m.f1), count(static_cast<std::uint64_t>(m.support))});
    };
    row(Reports::tr("normal"), e.report.normal);
    row(Reports::tr("anomaly"), e.report.anomaly);
    t.rows.push_back({Reports::tr("accuracy"), QString(), QString(), ratio(e.report.accuracy), count(static_cast<std::uint64_t>(e.report.total))});
    row(Reports::tr("macro avg"), e.report.macroAvg);
    row(Reports::tr("weighted avg"), e.report.weightedAvg);
    return t;
}

LineChart curveChart(bool roc, const awb::PartDetails &part, const awb::Evaluation &e, const QString &name)
{
    LineChart c;
    c.title = roc ? Reports::tr("ROC (test): AUC %1").arg(ratio(e.rocAuc)) : Reports::tr("Precision-recall (test): AP %1").arg(ratio(e.averagePrecision));
    c.xLabel = roc ? Reports::tr("false positive rate") : Reports::tr("recall");
    c.yLabel = roc ? Reports::tr("true positive rate") : Reports::tr("precision");
    const awb::Curve &curve = roc ? part.roc : part.pr;
    const awb::OperatingPoint at = awb::operatingPoint(e.confusion);
    c.series.push_back({name, seriesColor(0), curve.x, curve.y,
                        roc ? QPointF(at.falsePositiveRate, at.recall) : QPointF(at.recall, at.precision)});
    return c;
}

// The top flagged test rows by score, each with its three strongest columns and the row as it stood.
void flaggedRows(ReportDocument &doc, const RunReportInput &in, const awb::DetectorRun &run)
{
    const awb::Dataset &data = *in.data;
    std::vector<std::uint32_t> order(run.testScores.size());
    std::iota(order.begin(), order.end(), 0u);
    const std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(in.topRows), order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                      [&](std::uint32_t a, std::uint32_t b) { return run.testScores[a] > run.testScores[b]; });
    const awb::NormalProfile profile = awb::profileNormalRows(data);
    ReportDocument::Table t;
    t.header = {Reports::tr("line"), Reports::tr("score"), Reports::tr("true label"), Reports::tr("strongest columns"), Reports::tr("the row as it stood in the file")};
    t.columnWeights = {0.6, 0.8, 0.8, 2.6, 3.2};
    for (std::size_t i = 0; i < k && run.testScores[order[i]] > run.result.threshold; ++i) {
        const std::size_t matrixRow = data.trainRows + order[i];
        const auto &source = *data.sources[data.sourceFile[matrixRow]];
        const auto cells = data.originalRow(matrixRow);
        QStringList strongest, raw;
        if (run.model) {
            const auto columns = awb::explainRow(data, profile, *run.model, matrixRow);
            for (std::size_t c = 0; c < std::min<std::size_t>(3, columns.size()); ++c)
                strongest << QStringLiteral("%1=%2").arg(QString::fromStdString(columns[c].column),
                                                         QString::fromStdString(columns[c].value));
        }
        for (const auto &cell : cells)
            raw << QString::fromStdString(cell);
        // The label as the file has it (the attack type).
        const QString label = matrixRow < data.labelCode.size()
                                  ? QString::fromStdString(data.labelValues[data.labelCode[matrixRow]])
                                  : QStringLiteral("-");
        t.rows.push_back({QString::number(source.lineNumber(data.sourceRow[matrixRow])), QString::number(run.testScores[order[i]], 'g', 6),
                          label, strongest.join(QStringLiteral(", ")), raw.join(QChar(data.summary.delimiter))});
    }
    doc.subheading(Reports::tr("Top %n flagged test rows by score", "", static_cast<int>(t.rows.size())));
    if (t.rows.empty())
        doc.paragraph(Reports::tr("No test row scores above the threshold."));
    else
        doc.table(t);
}

// Recall per attack type on the test rows (false alarms for the normal values), most rows first.
void byTypeTable(ReportDocument &doc, const awb::Evaluation &test)
{
    if (test.byType.size() < 2)
        return;
    ReportDocument::Table t;
    t.header = {Reports::tr("Label value"), Reports::tr("Rows"), Reports::tr("Flagged"), Reports::tr("Share flagged")};
    t.columnWeights = {3, 1, 1, 1};
    for (const awb::TypeDetection &type : test.byType)
        t.rows.push_back({QString::fromStdString(type.type) + (type.anomaly ? QString() : Reports::tr(" (normal)")),
                          count(static_cast<std::uint64_t>(type.rows)), count(static_cast<std::uint64_t>(type.flagged)),
                          QString::number(100.0 * type.share(), 'f', 1) + QStringLiteral(" %")});
    doc.subheading(Reports::tr("Test rows flagged per label value (recall of each attack type)"));
    doc.table(t);
}

void detectorSection(ReportDocument &doc, const RunReportInput &in, const awb::DetectorResult &d)
{
    doc.pageBreak();
    doc.heading(detectorTitle(d.spec));
    doc.paragraph(Reports::tr("Settings: %1. Fitted on %2 %3. Threshold %4, from the policy %5 (%6).")
                      .arg(settingsText(d.spec), count(d.trainedRows),
                           d.trainedOnNormalRows ? Reports::tr("normal training rows") : Reports::tr("training rows (all)"),
                           QString::number(d.threshold, 'g', 6), QString::fromStdString(d.thresholdPolicy.text()),
                           QString::fromStdString(d.thresholdReason)));
    for (const std::string &warning : d.warnings)
        doc.paragraph(Reports::tr("Warning: %1").arg(QString::fromStdString(warning)));
    if (!d.train && !d.test)
        doc.paragraph(Reports::tr("No metrics: the data has no labels, or labels of one class only; scores only."));
    for (const auto &[name, e] : {std::pair{Reports::tr("Training rows"), &d.train}, std::pair{Reports::tr("Test rows"), &d.test}}) {
        if (!*e)
            continue;
        doc.subheading(Reports::tr("%1: ROC-AUC %2, average precision %3").arg(name, ratio((*e)->rocAuc), ratio((*e)->averagePrecision)));
        doc.table(reportTable(**e));
    }
    if (d.train && d.test) {
        const awb::ConfusionMatrix train = d.train->confusion, test = d.test->confusion;
        doc.figures(150, {[train](QPainter &p, const QRectF &r) { drawConfusionHeatmap(p, r, Reports::tr("Confusion matrix, training rows"), train); },
                          [test](QPainter &p, const QRectF &r) { drawConfusionHeatmap(p, r, Reports::tr("Confusion matrix, test rows"), test); }});
    }
    if (d.test)
        byTypeTable(doc, *d.test);
    const awb::DetectorDetails *details = in.details.find(d.spec.name);
    if (details && details->test) {
        const awb::PartDetails &part = *details->test;
        const awb::Detector *kind = awb::detectorRegistry().find(d.spec.detector);
        HistogramChart h{Reports::tr("Scores (test)"),
                         kind ? QCoreApplication::translate("awb", kind->scoreName().c_str()) : Reports::tr("score"),
                         part.histogramLow, part.histogramHigh, part.normalCounts, part.anomalyCounts, d.threshold};
        std::vector<std::function<void(QPainter &, const QRectF &)>> charts{
            [h](QPainter &p, const QRectF &r) { drawHistogram(p, r, h); }};
        if (d.test && !part.roc.x.empty()) {
            const LineChart roc = curveChart(true, part, *d.test, QString()), pr = curveChart(false, part, *d.test, QString());
            charts.push_back([roc](QPainter &p, const QRectF &r) { drawLineChart(p, r, roc); });
            charts.push_back([pr](QPainter &p, const QRectF &r) { drawLineChart(p, r, pr); });
        }
        doc.figures(170, charts);
    }
    if (!d.history.loss.empty()) {
        LineChart loss{Reports::tr("Training loss per epoch"), Reports::tr("epoch"), Reports::tr("mean squared error (log)"), {}, 1, 1, 0, 1, true};
        ChartSeries train{Reports::tr("training"), seriesColor(0), {}, {}, std::nullopt}, validation{Reports::tr("validation"), seriesColor(1), {}, {}, std::nullopt};
        double low = 1e300, high = -1e300;
        for (std::size_t e = 0; e < d.history.loss.size(); ++e) {
            for (auto [series, value] : {std::pair{&train, d.history.loss[e].first}, std::pair{&validation, d.history.loss[e].second}}) {
                if (!std::isfinite(value) || value <= 0)
                    continue;
                series->x.push_back(static_cast<double>(e + 1));
                series->y.push_back(value);
                low = std::min(low, std::log10(value));
                high = std::max(high, std::log10(value));
            }
        }
        if (!train.x.empty() || !validation.x.empty()) {  // a loss to draw on a log scale
            loss.xHigh = std::max<double>(2, static_cast<double>(d.history.loss.size()));
            loss.yLow = std::floor(low * 4) / 4;
            loss.yHigh = std::max(loss.yLow + 0.25, std::ceil(high * 4) / 4);
            loss.series = {train, validation};
            doc.figure(150, [loss](QPainter &p, const QRectF &r) { drawLineChart(p, r, loss); });
        }
    }
    if (in.data && in.runs)
        for (const awb::DetectorRun &run : *in.runs)
            if (run.result.spec.name == d.spec.name)
                flaggedRows(doc, in, run);
}

} // namespace

std::optional<QPageSize> pageSizeNamed(const QString &name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

QByteArray renderRunReport(const RunReportInput &in, const QPageSize &pageSize)
{
    const awb::DatasetSummary &s = in.result.dataset;
    const QString data = in.spec.data.demo ? Reports::tr("generated demo data (%1 rows, seed %2)").arg(in.spec.data.demoRows).arg(in.spec.data.demoSeed)
                                           : QFileInfo(QString::fromStdString(s.trainFile)).fileName() +
                                                 (s.testFile.empty() ? QString() : QStringLiteral(" + ") + QFileInfo(QString::fromStdString(s.testFile)).fileName());
    ReportDocument doc(Reports::tr("Anomaly Workbench run report"), Reports::tr("Anomaly Workbench run report · %1").arg(data), pageSize);
    doc.title(Reports::tr("Run report"),
              Reports::tr("Data: %1\nFiles: %2%3\nInput fingerprint: %4\nRows: %5 training, %6 test\nCreated %7 by Anomaly Workbench %8")
                  .arg(data, QString::fromStdString(s.trainFile), s.testFile.empty() ? QString() : QStringLiteral(", ") + QString::fromStdString(s.testFile),
                       QString::fromStdString(s.fingerprint), count(s.trainRows), count(s.testRows),
                       QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat), QString::fromStdString(in.result.appVersion)));
    ReportDocument::Table overview;
    overview.header = {Reports::tr("detector"), Reports::tr("fitted on"), Reports::tr("threshold"), Reports::tr("test ROC-AUC"), Reports::tr("test AP"), Reports::tr("test F1"), Reports::tr("test FP"), Reports::tr("test FN")};
    overview.columnWeights = {2, 1.1, 1.5, 1.2, 0.9, 0.9, 0.9, 0.9};
    for (const auto &d : in.result.detectors)
        overview.rows.push_back({detectorTitle(d.spec), count(d.trainedRows), QString::fromStdString(d.spec.threshold.text()),
                                 d.test ? ratio(d.test->rocAuc) : QStringLiteral("-"), d.test ? ratio(d.test->averagePrecision) : QStringLiteral("-"),
                                 d.test ? ratio(d.test->report.anomaly.f1) : QStringLiteral("-"),
                                 d.test ? count(static_cast<std::uint64_t>(d.test->confusion.fp)) : QStringLiteral("-"),
                                 d.test ? count(static_cast<std::uint64_t>(d.test->confusion.fn)) : QStringLiteral("-")});
    doc.heading(Reports::tr("Detectors at a glance"));
    doc.table(overview);
    datasetSection(doc, in);
    for (const auto &d : in.result.detectors)
        detectorSection(doc, in, d);
    return doc.finish();
}

QByteArray renderComparisonReport(const std::vector<awb::ComparedDetector> &detectors, const QPageSize &pageSize)
{
    const awb::Comparison c = awb::compare(detectors);
    QStringList labels;
    for (const auto &l : c.labels)
        labels << QString::fromStdString(l);
    ReportDocument doc(Reports::tr("Anomaly Workbench comparison report"), Reports::tr("Comparison of %1").arg(labels.join(QStringLiteral(", "))), pageSize);
    doc.title(Reports::tr("Comparison report"), Reports::tr("%n detector(s): %1\nCreated %2", "", static_cast<int>(labels.size()))
                                           .arg(labels.join(QStringLiteral(", ")), QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)));
    ReportDocument::Table params;
    params.header = QStringList{Reports::tr("setting")} + labels;
    for (const auto &p : c.parameters) {
        QStringList row{QString::fromStdString(p.name) + (p.differs ? QStringLiteral(" *") : QString())};
        for (const auto &v : p.values)
            row << QString::fromStdString(v);
        params.rows.push_back(row);
    }
    params.highlight = [&c](int row, int) { return c.parameters[static_cast<std::size_t>(row)].differs; };
    doc.heading(Reports::tr("Settings (highlighted and *: they differ)"));
    doc.table(params);
    ReportDocument::Table metrics;
    metrics.header = QStringList{Reports::tr("metric")} + labels;
    for (const auto &m : c.metrics) {
        QStringList row{QString::fromStdString(m.name)};
        for (std::size_t i = 0; i < m.values.size(); ++i)
            row << (m.values[i] ? (m.count ? count(static_cast<std::uint64_t>(*m.values[i])) : ratio(*m.values[i])) : QStringLiteral("-")) +
                       (m.best[i] ? QStringLiteral(" *") : QString());
        metrics.rows.push_back(row);
    }
    metrics.highlight = [&c](int row, int column) { return column > 0 && c.metrics[static_cast<std::size_t>(row)].best[static_cast<std::size_t>(column - 1)]; };
    doc.heading(Reports::tr("Metrics (highlighted and *: the best of the row)"));
    doc.table(metrics);
    LineChart roc{Reports::tr("ROC, test rows"), Reports::tr("false positive rate"), Reports::tr("true positive rate"), {}, 0, 1, 0, 1, false};
    LineChart pr{Reports::tr("Precision-recall, test rows"), Reports::tr("recall"), Reports::tr("precision"), {}, 0, 1, 0, 1, false};
    for (std::size_t i = 0; i < detectors.size(); ++i) {
        const auto &d = detectors[i];
        if (!d.details || !d.details->test || !d.result.test || d.details->test->roc.x.empty())
            continue;
        LineChart one = curveChart(true, *d.details->test, *d.result.test, QString());
        one.series.front().name = QStringLiteral("%1 (%2)").arg(labels[static_cast<int>(i)], ratio(d.result.test->rocAuc));
        one.series.front().color = seriesColor(i);
        roc.series.push_back(one.series.front());
        one = curveChart(false, *d.details->test, *d.result.test, QString());
        one.series.front().name = QStringLiteral("%1 (%2)").arg(labels[static_cast<int>(i)], ratio(d.result.test->averagePrecision));
        one.series.front().color = seriesColor(i);
        pr.series.push_back(one.series.front());
    }
    doc.pageBreak();
    doc.heading(Reports::tr("Curves on the test rows (dots: each detector's threshold)"));
    doc.figures(240, {[roc](QPainter &p, const QRectF &r) { drawLineChart(p, r, roc); },
                      [pr](QPainter &p, const QRectF &r) { drawLineChart(p, r, pr); }});
    doc.heading(Reports::tr("Confusion matrices on the test rows, each at its own threshold"));
    for (std::size_t i = 0; i < detectors.size(); i += 3) {
        std::vector<std::function<void(QPainter &, const QRectF &)>> row;
        for (std::size_t j = i; j < std::min(detectors.size(), i + 3); ++j)
            if (detectors[j].result.test) {
                const awb::ConfusionMatrix cm = detectors[j].result.test->confusion;
                const QString title = labels[static_cast<int>(j)];
                row.push_back([cm, title](QPainter &p, const QRectF &r) { drawConfusionHeatmap(p, r, title, cm); });
            }
        if (!row.empty())
            doc.figures(140, row);
    }
    if (c.agreement.available)
        doc.paragraph(Reports::tr("Flagged test rows: by all %1, by some %2, by none %3.")
                          .arg(count(c.agreement.byAll.size()), count(c.agreement.bySome.size()), count(c.agreement.byNone.size())));
    return doc.finish();
}
