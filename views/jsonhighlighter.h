#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace ModeDesk {

// Colours JSON: keys, strings, numbers, true/false/null, in the light or
// dark set that suits the application palette (rehighlight() after a change).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

}  // namespace ModeDesk
