// Hyperparameters kept in QSettings as their JSON document, the same form runs are saved in, so
// the last values survive a restart and settings from another version fall back to defaults.
#pragma once

#include <QSettings>
#include <QString>

#include "pipeline/RunDocument.h"

template <typename Params>
void storeParams(QSettings &settings, const QString &key, const Params &params)
{
    settings.setValue(key, QString::fromStdString(awb::toJson(params).dump(0)));
}

// The stored parameters, or the defaults when the stored text no longer parses.
template <typename Params>
Params storedParams(const QSettings &settings, const QString &key, Params (*fromJson)(const awb::Json &))
{
    try {
        return fromJson(awb::Json::parse(settings.value(key).toString().toStdString()));
    } catch (const std::exception &) {
        return {};
    }
}
