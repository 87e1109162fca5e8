// Installs the program's German or English catalog together with Qt's own, and switches them at run time.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace pchat {

class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    static LanguageSwitcher& instance();

    // "de" or "en"
    static QStringList supportedLanguages();
    // The supported language closest to the system locale; English when none fits.
    static QString systemLanguage();
    // The language the operator chose last (Welcome page or Settings); empty when never chosen.
    static QString savedLanguage();
    static void saveLanguage(const QString& language);

    // Installs the catalogs; every widget then receives QEvent::LanguageChange. Unknown codes fall back to
    // English.
    void apply(const QString& language);
    QString current() const { return m_current; }

Q_SIGNALS:
    void languageChanged(const QString& language);

private:
    LanguageSwitcher() = default;

    QTranslator m_program;
    QTranslator m_qtBase;
    QString m_current;
};

} // namespace pchat
