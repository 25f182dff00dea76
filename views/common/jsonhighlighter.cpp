#include "jsonhighlighter.h"

#include <QGuiApplication>
#include <QTextCharFormat>

namespace ModeDesk {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document), m_colours(ThemeColours::json(QGuiApplication::palette()))
{}

void JsonHighlighter::setColours(const ThemeColours::Json &colours)
{
    m_colours = colours;
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression string(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"(\\s*:)?"));
    static const QRegularExpression number(
        QStringLiteral("-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b"));
    static const QRegularExpression keyword(QStringLiteral("\\b(?:true|false|null)\\b"));
    QTextCharFormat keyFormat, stringFormat, numberFormat, keywordFormat;
    keyFormat.setForeground(m_colours.key);
    keyFormat.setFontWeight(QFont::DemiBold);
    stringFormat.setForeground(m_colours.string);
    numberFormat.setForeground(m_colours.number);
    keywordFormat.setForeground(m_colours.keyword);
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
