#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace awb::i18n {

void installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // The first language the user asks for, and only that one: with LANGUAGE=en_US:de the texts
    // stay English (the sources) rather than falling through to German.
    QString code = QLocale(locale.uiLanguages().value(0, locale.name())).name().section('_', 0, 0);
    if (!availableLanguages().contains(code))
        code = QStringLiteral("en");
    // Owned by the application: translators must outlive every text made with them. English, the
    // sources' language, has only its plural forms to install.
    if (code != QLatin1String("en")) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(QStringLiteral("anomaly-workbench_") + code, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(app);
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

} // namespace awb::i18n
