// Table rows one line of text tall (the style's default leaves room for two), so that the tables
// beside the charts show more rows at once: the rows table, the threshold assistant, the history.
#pragma once

#include <QHeaderView>
#include <QTableView>

inline void setCompactRows(QTableView *table)
{
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
}
