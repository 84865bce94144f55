// The export save dialog; see SavePath.h.
#include "SavePath.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

QString askSavePath(QWidget *parent, const QString &title, const QString &filter, const QString &suffix, const QString &proposed)
{
    QSettings settings;
    QFileDialog dialog(parent, title, settings.value(QStringLiteral("lastExportDirectory")).toString(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    if (!proposed.isEmpty())
        dialog.selectFile(proposed);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().front();
    settings.setValue(QStringLiteral("lastExportDirectory"), QFileInfo(path).absolutePath());
    return path;
}
