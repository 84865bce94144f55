// anomaly-workbench: the desktop front end. `anomaly-workbench FILE` opens FILE through the import
// dialog, or FILE.awbsession as saved; `anomaly-workbench --demo` starts with the demo dataset loaded.
// Otherwise it offers to restore the state autosaved before a crash, if there is one.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include "MainWindow.h"
#include "Translations.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AnomalyWorkbench"));
    QApplication::setApplicationName(QStringLiteral("Anomaly Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(AWB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/anomaly-workbench.svg")));

    awb::i18n::installTranslations(QSettings().value(QStringLiteral("preferences/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Anomaly detection workbench for network traffic."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Start with the built-in demo dataset."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A dataset (CSV/TSV, optionally .gz) or a session (.awbsession) to open."));
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(demo)) {
        QTimer::singleShot(0, &window, &MainWindow::openDemoDataset);
    } else if (!parser.positionalArguments().isEmpty()) {
        const QString file = parser.positionalArguments().first();
        QTimer::singleShot(0, &window, [&window, file] { window.openPath(file); });
    } else {
        QTimer::singleShot(0, &window, &MainWindow::offerRestore);
    }
    return app.exec();
}
