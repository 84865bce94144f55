// The Help menu's windows: the bundled user guide (HTML compiled into the program, so it opens
// offline, in the language of the interface when there is a translation of it), the keyboard
// shortcuts (read from the window's own actions, so the list is never out of date) and About.
#pragma once

class QMainWindow;
class QWidget;
class QDialog;

QDialog *showUserGuide(QWidget *parent);
QDialog *showKeyboardShortcuts(QMainWindow *window);
QDialog *showAbout(QWidget *parent);
