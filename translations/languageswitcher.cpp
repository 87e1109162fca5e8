#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace pchat {

LanguageSwitcher& LanguageSwitcher::instance()
{
    static LanguageSwitcher switcher;
    return switcher;
}

QStringList LanguageSwitcher::supportedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("en")};
}

QString LanguageSwitcher::systemLanguage()
{
    const QString name = QLocale::system().name().left(2).toLower();
    return supportedLanguages().contains(name) ? name : QStringLiteral("en");
}

void LanguageSwitcher::apply(const QString& language)
{
    const QString code = supportedLanguages().contains(language) ? language : QStringLiteral("en");
    if (code == m_current)
        return;

    QCoreApplication::removeTranslator(&m_program);
    QCoreApplication::removeTranslator(&m_qtBase);

    // English is the source language; its catalog only carries plural forms, Qt's own texts need none.
    if (m_program.load(QStringLiteral(":/i18n/pchat-failback_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&m_program);
    if (code != QStringLiteral("en") &&
        m_qtBase.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtBase);

    // Dates, times, numbers and sizes on the pages follow the language of the texts around them (QLocale()
    // reads the default): the system's own conventions when it speaks that language (de_AT, en_GB), the
    // language's otherwise. The audit trail keeps ISO 8601 in UTC and does not read the default.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.name().left(2).toLower() == code ? system : QLocale(code));
    m_current = code;
    Q_EMIT languageChanged(code);
}

QString LanguageSwitcher::savedLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    return supportedLanguages().contains(saved) ? saved : QString();
}

void LanguageSwitcher::saveLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

} // namespace pchat
