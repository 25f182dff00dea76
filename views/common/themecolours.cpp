#include "themecolours.h"

#include <QGuiApplication>

namespace ModeDesk::ThemeColours {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

// Material 700 shades on light backgrounds, 300 shades on dark ones: both
// above 4.5:1 against the Fusion window colours.
QColor good(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

QColor warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xd5, 0x4f) : QColor(0xb2, 0x6a, 0x00);
}

QColor error(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

QColor muted(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
}

QColor changedBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x8d, 0x6e, 0x00, 150) : QColor(0xff, 0xd6, 0x66, 140);
}

QString errorTextStyle(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(error(palette).name());
}

QString warningTextStyle(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(warning(palette).name());
}

Json json(const QPalette &palette)
{
    if (isDark(palette))
        return {QColor(0x90, 0xca, 0xf9), QColor(0xa5, 0xd6, 0xa7), QColor(0xff, 0xcc, 0x80),
                QColor(0xce, 0x93, 0xd8)};
    return {QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32), QColor(0xb2, 0x5a, 0x00),
            QColor(0x7b, 0x1f, 0xa2)};
}

}  // namespace ModeDesk::ThemeColours
