// A plain-text JSON editor that validates as you type and before saving:
// the error names its line and column, and nothing invalid leaves it.
#pragma once

#include <QJsonValue>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace ModeDesk {

class JsonHighlighter;

class JsonEditor : public QWidget
{
    Q_OBJECT

public:
    explicit JsonEditor(QWidget *parent = nullptr);

    void setValue(const QJsonValue &value);  // pretty-printed
    void setText(const QString &text);
    QString text() const;
    // The parsed value; false with a readable error ("line 3, column 7: ...").
    bool value(QJsonValue *out, QString *error = nullptr) const;
    bool isValid() const { return value(nullptr); }
    QPlainTextEdit *editor() const { return m_edit; }

    // Parses any JSON text, including bare scalars ("42", "\"on\"").
    static bool parse(const QString &text, QJsonValue *out, QString *error);

signals:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    void applyColours();  // from the palette, light or dark

    QPlainTextEdit *m_edit;
    QLabel *m_problem;
    JsonHighlighter *m_highlighter;
    bool m_valid = true;
};

}  // namespace ModeDesk
