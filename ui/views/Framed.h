// A titled group box around one widget, with the small margins the results views use. A long title
// (longer in some languages) does not set the box's minimum width: the content's does, so a title
// never squeezes the docks beside the results.
#pragma once

#include <QGroupBox>
#include <QVBoxLayout>

class FramedBox : public QGroupBox {
public:
    using QGroupBox::QGroupBox;
    QSize minimumSizeHint() const override
    {
        QSize size = QGroupBox::minimumSizeHint();
        if (layout())
            size.setWidth(layout()->totalMinimumSize().width());
        return size;
    }
};

inline QGroupBox *framed(const QString &title, QWidget *content)
{
    auto *box = new FramedBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}
