// The application's languages: English in the sources (its plural forms, "1 column", from
// translations/anomaly-workbench_en.ts), German and French from translations/*.ts,
// compiled into this library as :/i18n/*.qm. Both front ends call installTranslations() once, before
// any text is made; the GUI passes the language chosen in Preferences, the CLI follows the system locale.
#pragma once

#include <QString>
#include <QStringList>

namespace awb::i18n {

// "" follows the system locale; otherwise a language code of availableLanguages(). Installs Qt's own
// translations too, and makes QLocale() that language's, so numbers and dates match the texts.
void installTranslations(const QString &language);

// The codes of the languages there are translations for, English first: {"en", "de", "fr"}.
QStringList availableLanguages();

// A language's name in that language ("Deutsch"), for the Preferences list.
QString languageName(const QString &code);

} // namespace awb::i18n
