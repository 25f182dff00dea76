#include "jsoneditor.h"

#include "jsonhighlighter.h"
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

namespace ModeDesk {

JsonEditor::JsonEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
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
    m_problem->hide();
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_problem);
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

void JsonEditor::setValue(const QJsonValue &value)
{
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

void JsonEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

QString JsonEditor::text() const
{
    return m_edit->toPlainText();
}

bool JsonEditor::parse(const QString &text, QJsonValue *out, QString *error)
{
    // Wrapped in an array so that bare scalars parse too; offsets shift by one.
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + utf8 + "\n]", &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        if (error) {
            int offset = qBound(0, parseError.offset - 1, int(utf8.size()));
            // Qt points past the whitespace that follows a bad token: step back onto it.
            while (offset > 0 && QChar::fromLatin1(utf8.at(offset - 1)).isSpace())
                --offset;
            const QString before = QString::fromUtf8(utf8.left(offset));
            const int line = int(before.count(QLatin1Char('\n'))) + 1;
            const int column = int(before.size() - before.lastIndexOf(QLatin1Char('\n')));
            const QString what = text.trimmed().isEmpty() ? tr("a value is required")
                                 : parseError.error == QJsonParseError::NoError
                                     ? tr("only one value is allowed (use an array for several)")
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
    return parse(text(), out, error);
}

void JsonEditor::revalidate()
{
    QString error;
    const bool valid = parse(text(), nullptr, &error) || text().trimmed().isEmpty();
    m_problem->setVisible(!valid);
    m_problem->setText(error);
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

}  // namespace ModeDesk
