// The loaded dataset at a glance: files, rows, columns by role, class balance, the normal value
// used and every missing or unseen cell the loader handled.
#pragma once

#include <QLabel>

#include "data/Dataset.h"

class DatasetSummaryView : public QLabel {
    Q_OBJECT
public:
    explicit DatasetSummaryView(QWidget *parent = nullptr);
    void showSummary(const awb::DatasetSummary &summary);
    void showEmpty();
};
