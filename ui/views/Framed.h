// A titled group box around one widget, with the small margins the results views use.
#pragma once

#include <QGroupBox>
#include <QVBoxLayout>

inline QGroupBox *framed(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}
