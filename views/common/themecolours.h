// The few colours ModeDesk picks itself (state lamps, errors, JSON syntax),
// in a light and a dark variant chosen from the palette, so they keep their
// contrast whichever way the system (or File > Appearance) sets it.
#pragma once

#include <QColor>
#include <QPalette>

namespace ModeDesk::ThemeColours {

// Dark when the window background is darker than its text.
bool isDark(const QPalette &palette);
bool isDark();  // the application palette

QColor good(const QPalette &palette);     // online, live
QColor warning(const QPalette &palette);  // reconnecting, silent
QColor error(const QPalette &palette);    // failures, refused
QColor muted(const QPalette &palette);    // off, unknown
// Behind a row that just changed live: amber, softer on dark backgrounds.
QColor changedBackground(const QPalette &palette);
// A style sheet for a label that reports a problem, e.g. "color: #c62828;".
QString errorTextStyle(const QPalette &palette);
// The same for a warning that does not stop anything (amber).
QString warningTextStyle(const QPalette &palette);

struct Json {
    QColor key, string, number, keyword;
};
Json json(const QPalette &palette);

}  // namespace ModeDesk::ThemeColours
