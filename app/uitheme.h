// Light or dark: "system" (the default) keeps whatever the platform gives
// (macOS, KDE and GNOME themes follow the desktop's setting) and, where the
// desktop asks for dark but the native style only draws light (Windows
// before Qt 6.7's windows11 style), switches to Fusion with a dark palette,
// following later changes on Qt 6.5+. "light" and "dark" use Fusion with a
// fixed palette, to override the desktop. Applied live.
#pragma once

#include <QPalette>
#include <QString>

class QSettings;

namespace ModeDesk {

class UiTheme
{
public:
    static constexpr const char *kSettingsKey = "ui/theme";

    static QStringList choices();                     // "system", "light", "dark"
    static QString saved(const QSettings &settings);  // "system" when unset or unknown

    // Call once before the first apply(): what "system" goes back to.
    static void rememberSystemLook();
    static void apply(const QString &choice);
    // Whether the desktop asks for dark (Qt 6.5+: its colour scheme; Windows:
    // the "apps use light theme" setting; elsewhere: a dark platform palette).
    static bool systemPrefersDark();

    static QPalette darkPalette();
    static QPalette lightPalette();
};

}  // namespace ModeDesk
