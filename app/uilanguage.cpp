#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>

namespace ModeDesk {

QStringList UiLanguage::available(const QString &qmFolder)
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files =
        QDir(qmFolder).entryList({QStringLiteral("modedesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(9, file.size() - 9 - 3);  // modedesk_<code>.qm
        if (!codes.contains(code))  // English has a .qm too, for its plural forms
            codes << code;
    }
    return codes;
}

QString UiLanguage::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // QLocale gives "deutsch"-style lower case for some languages; menus want "Deutsch".
    name[0] = name.at(0).toUpper();
    // "American English" for "en": the source text is plain English.
    return locale.language() == QLocale::English ? QStringLiteral("English") : name;
}

QString UiLanguage::saved(const QSettings &settings)
{
    return settings.value(QLatin1String(kSettingsKey)).toString();
}

QLocale UiLanguage::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool UiLanguage::install(const QLocale &locale, const QString &qmFolder)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (!m_app.load(locale, QStringLiteral("modedesk"), QStringLiteral("_"), qmFolder) ||
        m_app.isEmpty()) {
        // No catalogue for this language: English, with its plural forms.
        if (m_app.load(QStringLiteral("modedesk_en"), qmFolder))
            QCoreApplication::installTranslator(&m_app);
        return false;
    }
    QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    return true;
}

}  // namespace ModeDesk
