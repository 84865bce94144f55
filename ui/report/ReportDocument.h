// A paginated PDF document drawn with QPainter on a QPdfWriter: vector charts and real text
// (selectable, searchable), a running header and page numbers on every page, and a cursor that
// starts a new page when the next block does not fit. Reports are built block by block on it.
#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QBuffer;
class QPdfWriter;

class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    ReportDocument(const QString &title, const QString &runningHeader, const QPageSize &pageSize);
    ~ReportDocument();

    // A table: header row, body rows; `highlight(row, column)` cells get a tinted background.
    struct Table {
        QStringList header;
        std::vector<QStringList> rows;
        std::function<bool(int, int)> highlight;
        std::vector<double> columnWeights;  // relative widths; equal when empty
    };

    void title(const QString &text, const QString &subtitle);
    void heading(const QString &text);
    void subheading(const QString &text);
    void paragraph(const QString &text);
    void table(const Table &table);
    // A drawing of the given height (in points) across the text width; `draw` paints into `area`.
    void figure(double heightPoints, const std::function<void(QPainter &, const QRectF &)> &draw);
    // Figures side by side in one row.
    void figures(double heightPoints, const std::vector<std::function<void(QPainter &, const QRectF &)>> &draws);
    void pageBreak();

    // Finishes the last page and returns the PDF's bytes.
    QByteArray finish();
    int pageCount() const { return page_; }

    static QPageSize defaultPageSize();  // Letter where the locale measures in inches, else A4

private:
    void ensureRoom(double height);
    struct TitleStyle {
        double size, room, before, height, advance;  // font points, then page points
    };
    void title(const QString &text, const TitleStyle &style);
    void startPage();
    double points(double p) const;  // points to device units

    std::unique_ptr<QBuffer> buffer_;
    std::unique_ptr<QPdfWriter> writer_;
    QPainter painter_;
    QString runningHeader_;
    QRectF body_;  // device units
    double y_ = 0.0;
    int page_ = 0;
};
