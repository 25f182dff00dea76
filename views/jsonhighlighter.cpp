#include "jsonhighlighter.h"

#include "themecolours.h"

#include <QGuiApplication>
#include <QTextCharFormat>

namespace ModeDesk {

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression string(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"(\\s*:)?"));
    static const QRegularExpression number(
        QStringLiteral("-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b"));
    static const QRegularExpression keyword(QStringLiteral("\\b(?:true|false|null)\\b"));
    const ThemeColours::Json colours = ThemeColours::json(QGuiApplication::palette());
    QTextCharFormat keyFormat, stringFormat, numberFormat, keywordFormat;
    keyFormat.setForeground(colours.key);
    keyFormat.setFontWeight(QFont::DemiBold);
    stringFormat.setForeground(colours.string);
    numberFormat.setForeground(colours.number);
    keywordFormat.setForeground(colours.keyword);
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), numberFormat);
    }
    for (auto it = keyword.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), keywordFormat);
    }
    // Strings last: digits and words inside them are string, not number.
    for (auto it = string.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool isKey = m.capturedLength(1) > 0;
        setFormat(int(m.capturedStart()), int(m.capturedLength(0) - m.capturedLength(1)),
                  isKey ? keyFormat : stringFormat);
    }
}

}  // namespace ModeDesk
