#include "jsoneditor.h"

#include "jsonhighlighter.h"
#include "modelformat.h"
#include "themecolours.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
// Colours and a check per keystroke stay below this; above, plain and checked in the background.
constexpr qsizetype PlainAboveChars = 100'000;
// Above this a value is shown read-only, its first part only: nobody edits megabytes here.
constexpr qint64 ReadOnlyAboveBytes = 1024 * 1024;
constexpr int ShownCharsWhenReadOnly = 100'000;
}  // namespace

namespace ModeDesk {

JsonEditor::JsonEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_highlighter(new JsonHighlighter(m_edit->document()))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("Any JSON value, e.g. {\"on\": true} or 21.5 or \"away\""));
    m_edit->setAccessibleName(tr("JSON value"));
    applyColours();
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    m_note->setObjectName(QStringLiteral("jsonNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    m_checkLater.setSingleShot(true);
    m_checkLater.setInterval(300);
    connect(&m_checkLater, &QTimer::timeout, this, [this] {
        const QString text = m_edit->toPlainText();
        const int generation = ++m_checkGeneration;
        m_check.setProperty("generation", generation);
        m_check.setFuture(QtConcurrent::run([text] { return check(text); }));
    });
    connect(&m_check, &QFutureWatcher<Check>::finished, this, [this] {
        if (m_check.property("generation").toInt() != m_checkGeneration)
            return;  // the text changed meanwhile: its own check follows
        const Check result = m_check.result();
        setValidity(result.error.isEmpty(), result.error, result.at);
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &JsonEditor::revalidate);
}

void JsonEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QWidget::changeEvent(event);
}

void JsonEditor::applyColours()
{
    m_highlighter->setColours(ThemeColours::json(palette()));
    m_problem->setStyleSheet(ThemeColours::errorTextStyle(palette()));
}

void JsonEditor::setValue(const QJsonValue &value, qint64 bytes)
{
    // The start of it tells whether it is large, at the cost of what it shows.
    const QString start = ModelFormat::previewJson(value, ShownCharsWhenReadOnly, true);
    const bool cut = start.endsWith(QChar(0x2026));
    if (cut && bytes == 0)
        bytes = ModelFormat::jsonBytes(value);
    if (cut && bytes > ReadOnlyAboveBytes) {
        setReadOnly(true, tr("%1 of JSON: too large to edit here, so only its start is shown, "
                             "read-only.")
                              .arg(ModelFormat::byteSize(bytes)));
        m_edit->setPlainText(start);
        setValidity(true, {});
        return;
    }
    setReadOnly(false, {});
    if (value.isObject())
        setText(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
                    .trimmed());
    else if (value.isArray())
        setText(QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
                    .trimmed());
    else {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        setText(QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)));
    }
}

void JsonEditor::showUnreadable(const QString &why, qint64 bytes)
{
    setReadOnly(true, tr("This value (%1) could not be read: %2. It can be deleted, or replaced "
                         "by saving another value under its key.")
                          .arg(ModelFormat::byteSize(bytes), why));
    m_edit->clear();
    setValidity(true, {});
}

void JsonEditor::setReadOnly(bool readOnly, const QString &note)
{
    m_readOnly = readOnly;
    m_edit->setReadOnly(readOnly);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void JsonEditor::setText(const QString &text)
{
    setReadOnly(false, {});
    // Colours cost a pass over every block, and on every change: only for small texts.
    const bool plain = text.size() > PlainAboveChars;
    m_highlighter->setDocument(plain ? nullptr : m_edit->document());
    if (plain)
        m_note->setText(tr("%1: shown without colours, and checked in the background.")
                            .arg(ModelFormat::byteSize(text.toUtf8().size())));
    m_note->setVisible(plain);
    m_edit->setPlainText(text);
}

QString JsonEditor::text() const
{
    return m_edit->toPlainText();
}

namespace {
struct JsonProblem {
    qsizetype offset = -1;  // in the text, where the problem starts
    QString what;
};

// Qt names the symptom ("unterminated object" for 06:30); this names the cause
// for the mistakes people make: numbers with a leading zero, bare words, and
// trailing commas. Strings are skipped; the first cause found wins.
JsonProblem findCause(const QString &text)
{
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u',') {
            qsizetype next = i + 1;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            if (next < text.size() && (text.at(next) == u'}' || text.at(next) == u']'))
                return {i, JsonEditor::tr("a comma with nothing after it: remove the comma before "
                                          "“%1”")
                               .arg(text.at(next))};
        } else if (c.isDigit() || c == u'-') {
            qsizetype end = i + 1;
            while (end < text.size() && (text.at(end).isLetterOrNumber() ||
                                         QStringLiteral(".:+-").contains(text.at(end))))
                ++end;
            const QString token = text.mid(i, end - i);
            const QString digits = token.startsWith(u'-') ? token.mid(1) : token;
            const bool leadingZero =
                digits.size() > 1 && digits.at(0) == u'0' && digits.at(1).isDigit();
            if (leadingZero || token.contains(u':'))
                return {i, JsonEditor::tr("“%1” is not a JSON number (numbers cannot start with 0 "
                                          "or hold “:”); quote it as text: \"%1\"")
                               .arg(token)};
            i = end - 1;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == u'_'))
                ++end;
            const QString word = text.mid(i, end - i);
            if (word != QLatin1String("true") && word != QLatin1String("false") &&
                word != QLatin1String("null"))
                return {i, JsonEditor::tr("“%1” is not a JSON value: quote text (\"%1\"), or use "
                                          "true, false or null")
                               .arg(word)};
            i = end - 1;
        }
    }
    return {};
}
}  // namespace

JsonEditor::Check JsonEditor::check(const QString &text)
{
    Check result;
    if (!parse(text, nullptr, &result.error, &result.at) && !text.trimmed().isEmpty())
        return result;
    return {};
}

bool JsonEditor::parse(const QString &text, QJsonValue *out, QString *error, qsizetype *at)
{
    // Wrapped in an array so that bare scalars parse too; offsets shift by one.
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + utf8 + "\n]", &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        if (error) {
            // Qt's offset is in the wrapped text ("[" first), just past the character it
            // could not take: one back for the bracket, one onto that character.
            const int offset = qBound(0, parseError.offset - 2, int(utf8.size()));
            QString before = QString::fromUtf8(utf8.left(offset));
            const JsonProblem cause =
                parseError.error == QJsonParseError::NoError ? JsonProblem{} : findCause(text);
            // A cause past where Qt stopped belongs to another mistake: Qt's word then.
            const bool useCause = cause.offset >= 0 && cause.offset <= before.size() + 2;
            if (useCause)
                before = text.left(cause.offset);
            if (at)
                *at = before.size();
            const int line = int(before.count(QLatin1Char('\n'))) + 1;
            const int column = int(before.size() - before.lastIndexOf(QLatin1Char('\n')));
            const QString what = text.trimmed().isEmpty() ? tr("a value is required")
                                 : parseError.error == QJsonParseError::NoError
                                     ? tr("only one value is allowed (use an array for several)")
                                 : useCause ? cause.what
                                            : parseError.errorString();
            *error = tr("Line %1, column %2: %3").arg(line).arg(column).arg(what);
        }
        return false;
    }
    if (out)
        *out = doc.array().at(0);
    return true;
}

bool JsonEditor::value(QJsonValue *out, QString *error) const
{
    if (m_readOnly) {
        if (error)
            *error =
                tr("this value is shown in part or could not be read: it cannot be saved "
                   "from here");
        return false;
    }
    return parse(text(), out, error);
}

void JsonEditor::revalidate()
{
    if (m_readOnly)
        return;
    ++m_checkGeneration;  // a check on its way is of an older text
    if (m_edit->document()->characterCount() > PlainAboveChars) {
        m_checkLater.start();  // off the UI thread, once typing rests
        return;
    }
    const Check result = check(text());
    setValidity(result.error.isEmpty(), result.error, result.at);
}

void JsonEditor::setValidity(bool valid, const QString &error, qsizetype at)
{
    m_problem->setVisible(!valid);
    m_problem->setText(error);
    markMistake(valid ? -1 : at);
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

// The character the message speaks of, underlined in the error colour, so that
// "line 14, column 9" need not be counted out by hand.
void JsonEditor::markMistake(qsizetype at)
{
    m_markedAt = at;
    QList<QTextEdit::ExtraSelection> marks;
    const int length = m_edit->document()->characterCount() - 1;  // without the last separator
    if (at >= 0 && length > 0) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_edit->document());
        const int start = int(qMin<qsizetype>(at, length - 1));  // at the end: the last character
        mark.cursor.setPosition(start);
        mark.cursor.setPosition(start + 1, QTextCursor::KeepAnchor);
        const QColor colour = ThemeColours::error(palette());
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(colour);
        QColor tint = colour;
        tint.setAlpha(60);
        mark.format.setBackground(tint);
        marks.append(mark);
    }
    m_edit->setExtraSelections(marks);
}

}  // namespace ModeDesk
