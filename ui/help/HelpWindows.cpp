#include "HelpWindows.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// The context of the windows' texts (free functions have none of their own).
class HelpWindows {
    Q_DECLARE_TR_FUNCTIONS(HelpWindows)
};

QDialog *window(QWidget *parent, const char *objectName, const QString &title, QWidget *content, QSize size)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QString::fromLatin1(objectName));
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(content, 1);
    layout->addWidget(buttons);
    dialog->resize(size);
    dialog->show();
    return dialog;
}

// The guide in the interface's language where there is one, else in English.
QString guidePath()
{
    const QString translated = QStringLiteral(":/help/user-guide_%1.html").arg(QLocale().name().left(2));
    return QFile::exists(translated) ? translated : QStringLiteral(":/help/user-guide.html");
}

// Every menu action with a shortcut, as the menus name it, then the shortcuts that belong to views.
QList<QPair<QString, QString>> shortcuts(QMainWindow *window)
{
    QList<QPair<QString, QString>> rows;
    for (QAction *menu : window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions())
            if (!action->shortcut().isEmpty())
                rows.append({menu->text().remove('&') + QStringLiteral(" > ") + action->text().remove('&').remove(QStringLiteral("...")),
                             action->shortcut().toString(QKeySequence::NativeText)});
    }
    rows.append({HelpWindows::tr("Rows table: copy the selected rows"), QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)});
    rows.append({HelpWindows::tr("Score histogram: move the threshold"), HelpWindows::tr("Drag the red line")});
    rows.append({HelpWindows::tr("Score histogram: list a score range's rows"), HelpWindows::tr("Shift+Drag")});
    rows.append({HelpWindows::tr("Confusion matrix: list a cell's rows"), HelpWindows::tr("Click the cell")});
    rows.append({HelpWindows::tr("Any chart: copy or save as PNG or SVG"), HelpWindows::tr("Right-click")});
    rows.append({HelpWindows::tr("Import dialog: undo or redo a role change"),
                 QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText) + QStringLiteral(", ") +
                     QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)});
    return rows;
}

} // namespace

QDialog *showUserGuide(QWidget *parent)
{
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setOpenExternalLinks(true);
    browser->setSource(QUrl(QStringLiteral("qrc") + guidePath()));
    return window(parent, "userGuideWindow", HelpWindows::tr("User Guide"), browser, {760, 820});
}

QDialog *showKeyboardShortcuts(QMainWindow *mainWindow)
{
    const auto rows = shortcuts(mainWindow);
    auto *table = new QTableWidget(int(rows.size()), 2);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({HelpWindows::tr("Action"), HelpWindows::tr("Shortcut")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    return window(mainWindow, "shortcutsWindow", HelpWindows::tr("Keyboard Shortcuts"), table, {620, 560});
}

QDialog *showAbout(QWidget *parent)
{
    const QString text =
        QStringLiteral("<h2>Anomaly Workbench %1</h2><p>%2</p><p>%3</p><p>%4</p><table cellpadding='3'>")
            .arg(QApplication::applicationVersion(),
                 HelpWindows::tr("Trains and compares anomaly detectors on network-traffic data."),
                 HelpWindows::tr("Released under the MIT licence. The program as distributed links QCustomPlot, which is under the "
                    "GNU GPL version 3, so the combined program is covered by the GPL version 3."),
                 HelpWindows::tr("It is built on these libraries:"));
    const char *libraries[][2] = {{"Qt 6", "LGPL-3.0"}, {"QCustomPlot 2.1", "GPL-3.0"}, {"Eigen 3.4", "MPL-2.0"},
                                  {"nlohmann/json", "MIT"},  {"SQLite", "public domain"}, {"zlib", "Zlib"},
                                  {"xxHash", "BSD-2-Clause"}};
    QString rows;
    for (const auto &[name, licence] : libraries)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(QString::fromLatin1(name), QString::fromLatin1(licence));
    auto *label = new QLabel(text + rows + QStringLiteral("</table><p>%1</p>").arg(HelpWindows::tr("Qt version: %1").arg(qVersion())));
    label->setObjectName(QStringLiteral("aboutText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return window(parent, "aboutWindow", HelpWindows::tr("About Anomaly Workbench"), label, {520, 480});
}
