// Light or dark: "system" (the default) keeps whatever the platform gives
// (Windows, macOS, KDE and GNOME themes follow the desktop's setting);
// "light" and "dark" use Fusion with a fixed palette, for desktops whose
// theme offers no dark palette, or to override the desktop. Applied live.
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

    static QPalette darkPalette();
    static QPalette lightPalette();
};

}  // namespace ModeDesk
