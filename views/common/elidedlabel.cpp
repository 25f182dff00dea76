#include "elidedlabel.h"

#include "modelformat.h"

#include <QEvent>

namespace ModeDesk {

namespace {
// Up to this many characters a label asks for its text's width; beyond, it takes what it gets.
constexpr int NaturalChars = 60;
}  // namespace

ElidedLabel::ElidedLabel(QWidget *parent, Qt::TextElideMode mode) : QLabel(parent), m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_text = text;
    elide();
    updateGeometry();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(QStringLiteral("MMMM…")), metrics.height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(m_text.left(NaturalChars)) + 2, metrics.height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_text, m_mode, width());
    if (shown != text())
        QLabel::setText(shown);
    setToolTip(shown != m_text ? ModelFormat::plainTip(m_text) : QString());
}

}  // namespace ModeDesk
