#include "ChartMenu.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

#include <qcustomplot.h>

#include "SavePath.h"

namespace {

void paintChart(QWidget *chart, QCPPainter &painter)
{
    if (auto *plot = qobject_cast<QCustomPlot *>(chart))
        plot->toPainter(&painter, plot->width(), plot->height());
    else if (auto *view = qobject_cast<QChartView *>(chart))
        view->render(&painter);
    else
        chart->render(&painter);
}

void reportFailure(QWidget *chart, const QString &path)
{
    QMessageBox::warning(chart, QApplication::translate("ChartMenu", "The chart was not saved"),
                         QApplication::translate("ChartMenu", "%1 could not be written.").arg(path));
}

} // namespace

bool saveChartPng(QWidget *chart, const QString &path)
{
    return chart->grab().save(path, "PNG");
}

bool saveChartSvg(QWidget *chart, const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(chart->size());
    svg.setViewBox(QRect(QPoint(0, 0), chart->size()));
    svg.setTitle(chart->accessibleName().isEmpty() ? chart->objectName() : chart->accessibleName());
    QCPPainter painter;  // a QPainter that QCustomPlot draws with too
    if (!painter.begin(&svg))
        return false;
    paintChart(chart, painter);
    return painter.end();
}

void addChartMenu(QWidget *chart, const QString &fileStem)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(chart, &QWidget::customContextMenuRequested, chart, [chart, fileStem](const QPoint &at) {
        QMenu menu(chart);
        menu.addAction(QApplication::translate("ChartMenu", "&Copy"), chart,
                       [chart] { QApplication::clipboard()->setPixmap(chart->grab()); });
        menu.addSeparator();
        const auto saveAs = [&menu, chart, fileStem](const char *label, const char *title, const char *filter,
                                                     const QString &suffix, bool (*save)(QWidget *, const QString &)) {
            menu.addAction(QApplication::translate("ChartMenu", label), chart, [=] {
                const QString path = askSavePath(chart, QApplication::translate("ChartMenu", title),
                                                 QApplication::translate("ChartMenu", filter), suffix,
                                                 fileStem + '.' + suffix);
                if (!path.isEmpty() && !save(chart, path))
                    reportFailure(chart, path);
            });
        };
        saveAs(QT_TRANSLATE_NOOP("ChartMenu", "Save as &PNG..."), QT_TRANSLATE_NOOP("ChartMenu", "Save Chart as PNG"),
               QT_TRANSLATE_NOOP("ChartMenu", "PNG images (*.png)"), QStringLiteral("png"), saveChartPng);
        saveAs(QT_TRANSLATE_NOOP("ChartMenu", "Save as &SVG..."), QT_TRANSLATE_NOOP("ChartMenu", "Save Chart as SVG"),
               QT_TRANSLATE_NOOP("ChartMenu", "SVG drawings (*.svg)"), QStringLiteral("svg"), saveChartSvg);
        menu.exec(chart->mapToGlobal(at));
    });
}
