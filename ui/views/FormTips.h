// A form's labels explain what their fields do, as the fields do: the tooltip is where an analyst
// hovers, which is the label as often as the field. Also the choices several forms offer alike.
#pragma once

#include <algorithm>

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QWidget>

#include "data/LoadOptions.h"

// Adds a row whose label and field both explain themselves with `tip`.
inline void addExplainedRow(QFormLayout *form, const QString &label, QWidget *field, const QString &tip)
{
    auto *name = new QLabel(label);
    name->setBuddy(field);
    name->setToolTip(tip);
    field->setToolTip(tip);
    form->addRow(name, field);
}

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

// Makes the item holding `value` current, or the first item when none does (a stored choice the
// list no longer offers).
inline void selectData(QComboBox *box, const QVariant &value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

// The scalings of numeric features, each with its awb::Scaling as data (import dialog, preferences).
inline void addScalingChoices(QComboBox *box)
{
    box->addItem(QCoreApplication::translate("Choices", "min-max to [0, 1]"), int(awb::Scaling::MinMax));
    box->addItem(QCoreApplication::translate("Choices", "standardise (z-score)"), int(awb::Scaling::Standard));
    box->addItem(QCoreApplication::translate("Choices", "robust (median, IQR)"), int(awb::Scaling::Robust));
    box->addItem(QCoreApplication::translate("Choices", "none"), int(awb::Scaling::None));
}
