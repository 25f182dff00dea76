#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace ModeDesk {

// Colours JSON: keys, strings, numbers, true/false/null. Colours read on
// light and dark palettes alike.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

}  // namespace ModeDesk
