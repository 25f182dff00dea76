#include "jsonhighlighter.h"

#include <QColor>
#include <QTextCharFormat>

namespace ModeDesk {

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression string(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"(\\s*:)?"));
    static const QRegularExpression number(
        QStringLiteral("-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b"));
    static const QRegularExpression keyword(QStringLiteral("\\b(?:true|false|null)\\b"));
    QTextCharFormat keyFormat, stringFormat, numberFormat, keywordFormat;
    keyFormat.setForeground(QColor(0x3f, 0x7f, 0xd9));
    keyFormat.setFontWeight(QFont::DemiBold);
    stringFormat.setForeground(QColor(0x2e, 0x9d, 0x4f));
    numberFormat.setForeground(QColor(0xc0, 0x6a, 0x00));
    keywordFormat.setForeground(QColor(0x9c, 0x4d, 0xcc));
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
