// Running the built anomaly-cli from a test, as a user's shell would, reading what it wrote, and
// where the shared NSL-KDD files are.
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliRun {
    int exitCode = -1;
    QString out, err;
};

// `environment`: extra variables, e.g. {"LANG=de_DE.UTF-8"}.
inline CliRun runCli(const QStringList &args, int timeoutMs = 300000, const QStringList &environment = {},
                     const QString &workingDirectory = {})
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : environment)
            env.insert(variable.section('=', 0, 0), variable.section('=', 1));
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(AWB_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QJsonDocument readJson(const QString &path)
{
    return QJsonDocument::fromJson(bytesOf(path));
}

inline QString nslKdd(const char *file)
{
    return QStringLiteral(AWB_SHARED_DATASETS "/nsl-kdd/") + file;
}
