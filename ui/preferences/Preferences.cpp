#include "Preferences.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include "ReportDocument.h"
#include "Reports.h"

Preferences Preferences::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("preferences"));
    Preferences p;
    p.language = settings.value(QStringLiteral("language")).toString();
    p.scaling = awb::Scaling(settings.value(QStringLiteral("scaling"), int(p.scaling)).toInt());
    try {
        p.threshold = awb::ThresholdPolicy::parse(settings.value(QStringLiteral("threshold"), QStringLiteral("default")).toString().toStdString());
    } catch (const std::exception &) {
        p.threshold = {};  // written by a version that knew other policies
    }
    p.historyFile = settings.value(QStringLiteral("historyFile")).toString();
    p.threads = settings.value(QStringLiteral("threads"), 0).toInt();
    p.pageSize = settings.value(QStringLiteral("pageSize")).toString();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("preferences"));
    settings.setValue(QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("scaling"), int(scaling));
    settings.setValue(QStringLiteral("threshold"), QString::fromStdString(threshold.text()));
    settings.setValue(QStringLiteral("historyFile"), historyFile);
    settings.setValue(QStringLiteral("threads"), threads);
    settings.setValue(QStringLiteral("pageSize"), pageSize);
}

QString Preferences::historyPath() const
{
    if (!historyFile.isEmpty())
        return historyFile;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("history.sqlite"));
}

QPageSize Preferences::reportPageSize() const
{
    return pageSizeNamed(pageSize).value_or(ReportDocument::defaultPageSize());
}
