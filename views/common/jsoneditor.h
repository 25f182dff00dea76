// A plain-text JSON editor that validates as you type and before saving:
// the error names its line and column, and nothing invalid leaves it. A big
// value stays cheap: past ~100,000 characters it is shown without colours and
// checked off the UI thread; past 1 MB it is shown read-only and in part; a
// value that could not be read says so. Each of those says how big it is.
#pragma once

#include <QFutureWatcher>
#include <QJsonValue>
#include <QTimer>
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

    // Pretty-printed; bytes is its size on the wire when known (0: worked out).
    void setValue(const QJsonValue &value, qint64 bytes = 0);
    // A value that could not be read: said, read-only, nothing to save.
    void showUnreadable(const QString &why, qint64 bytes);
    void setText(const QString &text);
    // Shown in part (too large to edit here), or unreadable: nothing to save from it.
    bool isReadOnly() const { return m_readOnly; }
    QLabel *note() const { return m_note; }
    QString text() const;
    // The parsed value; false with a readable error ("line 3, column 7: ...").
    bool value(QJsonValue *out, QString *error = nullptr) const;
    bool isValid() const { return value(nullptr); }
    QPlainTextEdit *editor() const { return m_edit; }

    // Parses any JSON text, including bare scalars ("42", "\"on\""). On failure,
    // *at is where in the text the mistake is (the editor marks it there).
    static bool parse(const QString &text, QJsonValue *out, QString *error,
                      qsizetype *at = nullptr);
    // The mistake marked in the text (-1: none), for tests.
    qsizetype markedAt() const { return m_markedAt; }

signals:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    struct Check {
        QString error;  // "" when valid
        qsizetype at = -1;
    };
    static Check check(const QString &text);
    void setValidity(bool valid, const QString &error, qsizetype at = -1);
    void markMistake(qsizetype at);
    void setReadOnly(bool readOnly, const QString &note);
    void applyColours();  // from the palette, light or dark

    QPlainTextEdit *m_edit;
    QLabel *m_note;
    QLabel *m_problem;
    JsonHighlighter *m_highlighter;
    QTimer m_checkLater;  // a large text is checked once typing rests
    QFutureWatcher<Check> m_check;
    qsizetype m_markedAt = -1;
    int m_checkGeneration = 0;
    bool m_valid = true;
    bool m_readOnly = false;
};

}  // namespace ModeDesk
