// A form's labels explain what their fields do, as the fields do: the tooltip is where an analyst
// hovers, which is the label as often as the field.
#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QWidget>

// Gives every label of `form` its field's tooltip (and makes the field the label's buddy).
inline void shareTooltipsWithLabels(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
        QWidget *field = fieldItem ? fieldItem->widget() : nullptr;
        if (!field && fieldItem && fieldItem->layout() && fieldItem->layout()->count() > 0)
            field = fieldItem->layout()->itemAt(0)->widget();  // a row of several: its first field speaks for it
        if (!label || !field)
            continue;
        if (label->toolTip().isEmpty())
            label->setToolTip(field->toolTip());
        if (!label->buddy())
            label->setBuddy(field);
    }
}
