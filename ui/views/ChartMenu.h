// Every chart's context menu: Copy (as an image, for a mail or a slide), Save as PNG and Save as
// SVG. QCustomPlot and Qt Charts draw themselves as vectors into the SVG; other widgets paint
// themselves through QWidget::render.
#pragma once

#include <QString>

class QWidget;

// `fileStem` names the file the save dialog proposes, e.g. "score-histogram".
void addChartMenu(QWidget *chart, const QString &fileStem);

// The chart as written by the menu's Save actions (tests call these directly).
bool saveChartPng(QWidget *chart, const QString &path);
bool saveChartSvg(QWidget *chart, const QString &path);
