// The interface language: which translations are built in, what the user
// chose (QSettings "ui/language"; empty means the system's), and the
// translators that make it so (ours plus Qt's own, e.g. dialog buttons).
#pragma once

#include <QLocale>
#include <QStringList>
#include <QTranslator>

class QSettings;

namespace ModeDesk {

class UiLanguage
{
public:
    static constexpr const char *kSettingsKey = "ui/language";

    // Language codes with a modedesk_<code>.qm in qmFolder, plus "en" (the source text).
    static QStringList available(const QString &qmFolder);
    // "Deutsch", "日本語": each language in its own words, so anyone can find theirs.
    static QString nativeName(const QString &code);
    static QString saved(const QSettings &settings);
    static QLocale localeFor(const QString &code);  // empty: the system's

    // Installs ModeDesk's and Qt's translators for the locale. Qt's own strings
    // are loaded only when ours exist for it: German buttons under English
    // labels read worse than an all-English window. Returns whether ours loaded
    // (without one, English is installed for its plural forms).
    bool install(const QLocale &locale, const QString &qmFolder);

private:
    QTranslator m_app;
    QTranslator m_qt;
};

}  // namespace ModeDesk
