// DatasetSummaryView: the summary as a small rich-text table.
#include "DatasetSummaryView.h"

#include <QFileInfo>
#include <QLocale>

DatasetSummaryView::DatasetSummaryView(QWidget *parent) : QLabel(parent)
{
    setObjectName("datasetSummary");
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(6);
    showEmpty();
}

void DatasetSummaryView::showEmpty()
{
    setText(tr("<b>No dataset loaded.</b><br>Open a CSV/TSV file (Ctrl+O), drop one onto the window, or open "
               "the built-in demo dataset from the File menu."));
}

void DatasetSummaryView::showSummary(const awb::DatasetSummary &s)
{
    const QLocale locale;
    const auto n = [&locale](std::uint64_t v) { return locale.toString(static_cast<qulonglong>(v)); };
    const auto pct = [&locale](std::uint64_t part, std::uint64_t whole) {
        return whole ? locale.toString(100.0 * double(part) / double(whole), 'f', 1) + QStringLiteral(" %") : QStringLiteral("-");
    };
    QString html = QStringLiteral("<table cellspacing='2'>");
    const auto row = [&html](const QString &key, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Training file"), QFileInfo(QString::fromStdString(s.trainFile)).fileName());
    row(tr("Test data"), s.testFile.empty() ? tr("split off the training file")
                                            : QFileInfo(QString::fromStdString(s.testFile)).fileName());
    row(tr("Rows"), tr("%1 train, %2 test").arg(n(s.trainRows), n(s.testRows)));
    row(tr("Features"), tr("%1 numeric, %2 categorical → %3 encoded (%4 constant)")
                            .arg(s.numericFeatures).arg(s.categoricalFeatures).arg(s.encodedFeatures).arg(s.constantFeatures));
    row(tr("Ignored columns"), QString::number(s.ignoredColumns));
    if (s.labelName.empty()) {
        row(tr("Label"), tr("none: scores only"));
    } else {
        QStringList normals;
        for (const auto &v : s.normalValues)
            normals << QString::fromStdString(v);
        row(tr("Label"), tr("%1 (normal: %2%3)").arg(QString::fromStdString(s.labelName), normals.join(", "),
                                                     s.normalValueDetected ? tr(", detected") : QString()));
        row(tr("Anomalies"), tr("%1 train (%2), %3 test (%4)")
                                 .arg(n(s.trainAnomalies), pct(s.trainAnomalies, s.trainRows), n(s.testAnomalies),
                                      pct(s.testAnomalies, s.testRows)));
    }
    row(tr("Missing cells"), tr("%1 missing, %2 non-finite; %3 imputed, %4 rows dropped")
                                 .arg(n(s.missingCells), n(s.nonFiniteCells), n(s.imputedCells), n(s.droppedRows)));
    row(tr("Unseen categories"), tr("%1 test cells").arg(n(s.unseenCategoryCells)));
    for (const std::string &note : s.notes)
        row(tr("Note"), QString::fromStdString(note));
    row(tr("Load time"), tr("%1 s read, %2 s encode").arg(s.loadSeconds, 0, 'f', 2).arg(s.preprocessSeconds, 0, 'f', 2));
    html += QStringLiteral("</table>");
    setText(html);
}
