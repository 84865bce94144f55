// Writes small data files for the data-layer tests into a temporary folder.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <zlib.h>

class DataFiles {
public:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir_.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    QString writeGzip(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir_.filePath(name);
        gzFile gz = gzopen(path.toLocal8Bit().constData(), "wb");
        gzwrite(gz, bytes.constData(), static_cast<unsigned>(bytes.size()));
        gzclose(gz);
        return path;
    }

    QString path(const QString &name) const { return dir_.filePath(name); }

private:
    QTemporaryDir dir_;
};
