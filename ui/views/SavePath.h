// Asking where to save an export: a save dialog that opens in the last export folder and
// remembers the folder chosen. An empty string when the user cancels.
#pragma once

#include <QString>

class QWidget;

// `proposed` is the file name offered first (empty: none).
QString askSavePath(QWidget *parent, const QString &title, const QString &filter, const QString &suffix,
                    const QString &proposed = {});
