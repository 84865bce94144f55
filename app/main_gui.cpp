// anomaly-workbench: the desktop front end. `anomaly-workbench FILE` opens FILE through the import
// dialog, or FILE.awbsession as saved; `anomaly-workbench --demo` starts with the demo dataset loaded.
// Otherwise it offers to restore the state autosaved before a crash, if there is one. --help and
// --version are answered without a display (a terminal on a server, a packaging check).
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <memory>
#include <string_view>

#include "MainWindow.h"
#include "Translations.h"

namespace {

bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const std::string_view option : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (argv[i] == option)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app(asksForTextOnly(argc, argv) ? new QCoreApplication(argc, argv)
                                                                            : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("AnomalyWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("Anomaly Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AWB_VERSION));

    awb::i18n::installTranslations(QSettings().value(QStringLiteral("preferences/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Anomaly detection workbench for network traffic."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Start with the built-in demo dataset."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A dataset (CSV/TSV, optionally .gz) or a session (.awbsession) to open."));
    parser.process(*app);  // ends here for --help and --version

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/anomaly-workbench.svg")));
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
    return app->exec();
}
