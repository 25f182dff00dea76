#pragma once

#include "themecolours.h"

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace ModeDesk {

// Colours JSON: keys, strings, numbers, true/false/null, in the colours its
// editor picks for the palette (setColours() after a palette change).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);
    void setColours(const ThemeColours::Json &colours);  // and rehighlights

protected:
    void highlightBlock(const QString &text) override;

private:
    ThemeColours::Json m_colours;
};

}  // namespace ModeDesk
