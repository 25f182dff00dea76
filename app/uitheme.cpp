#include "uitheme.h"

#include "themecolours.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace ModeDesk {

namespace {
struct SystemLook {
    QString style;
    QPalette palette;
    bool remembered = false;
    bool overridden = false;                    // ModeDesk set the style and palette
    QString choice = QStringLiteral("system");  // the one applied last
};

SystemLook &systemLook()
{
    static SystemLook look;
    return look;
}
}  // namespace

QStringList UiTheme::choices()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString UiTheme::saved(const QSettings &settings)
{
    const QString value = settings.value(QLatin1String(kSettingsKey)).toString();
    return choices().contains(value) ? value : QStringLiteral("system");
}

void UiTheme::rememberSystemLook()
{
    SystemLook &look = systemLook();
    look.style = QApplication::style()->name();
    look.palette = QApplication::palette();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // The desktop switched between light and dark while ModeDesk runs.
    if (!look.remembered) {
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
            if (systemLook().choice == u"system")
                apply(QStringLiteral("system"));
        });
    }
#endif
    look.remembered = true;
}

bool UiTheme::systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
#ifdef Q_OS_WIN
    const QSettings personalize(
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\"
                       "Themes\\Personalize"),
        QSettings::NativeFormat);
    return personalize.value(QStringLiteral("AppsUseLightTheme"), 1).toInt() == 0;
#else
    return ThemeColours::isDark(systemLook().palette);
#endif
}

void UiTheme::apply(const QString &choice)
{
    SystemLook &look = systemLook();
    look.choice = choice;
    // A dark desktop whose native style draws only light controls gets Fusion's dark.
    const bool darkInstead = choice == u"system" && look.remembered &&
                             !ThemeColours::isDark(look.palette) && systemPrefersDark();
    if (choice == u"light" || choice == u"dark" || darkInstead) {
        // Fusion draws every control from the palette, so both looks are complete.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(choice == u"light" ? lightPalette() : darkPalette());
        look.overridden = true;
    } else if (look.remembered && look.overridden) {
        // Only undo what was changed: an untouched palette keeps following the platform.
        QApplication::setStyle(QStyleFactory::create(look.style));
        QApplication::setPalette(look.palette);
        look.overridden = false;
    }
}

QPalette UiTheme::lightPalette()
{
    return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
}

QPalette UiTheme::darkPalette()
{
    // Text at least 7:1 on its background; disabled text still 3:1.
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xea, 0xed);
    const QColor disabled(0x8a, 0x8d, 0x91), highlight(0x3d, 0x7a, 0xd6);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

}  // namespace ModeDesk
