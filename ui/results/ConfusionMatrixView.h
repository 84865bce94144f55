// The 2x2 confusion-matrix heatmap (rows: true class, columns: predicted class). Each cell's colour
// is its row-normalised rate, its text colour follows the cell's luminance so it reads in light and
// dark palettes; clicking a cell filters the flagged-rows table to those rows.
#pragma once

#include <QWidget>

#include <optional>

#include "ResultSelection.h"

class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixView(ResultSelection *selection, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The centre of a cell in widget coordinates, for tests and accessibility.
    QPoint cellCenter(ConfusionCell cell) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout {
        QRectF grid;      // the 2x2 cells
        double headerLeft = 0, headerTop = 0;
    };
    Layout layoutRects() const;
    QRectF cellRect(const Layout &layout, ConfusionCell cell) const;
    std::optional<ConfusionCell> cellAt(QPointF pos) const;
    QString cellToolTip(ConfusionCell cell) const;
    QString byTypeText(ConfusionCell cell) const;  // part of the tool tip

    ResultSelection *selection_;
};
