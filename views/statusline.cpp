#include "statusline.h"

#include "apicall.h"
#include "errortext.h"
#include "themecolours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace ModeDesk {

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    m_bar->setRange(0, 0);  // busy: a running bar
    m_bar->setMaximumWidth(80);
    m_bar->setMaximumHeight(10);
    m_bar->setTextVisible(false);
    m_bar->hide();
    m_label->setWordWrap(true);
    // Messages carry the server's words (names, reasons): shown as written, never as markup.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    setAccessibleName(tr("Status"));
}

void StatusLine::applyColour()
{
    m_label->setStyleSheet(m_error ? ThemeColours::errorTextStyle(palette()) : QString());
}

void StatusLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColour();
    QWidget::changeEvent(event);
}

void StatusLine::showBusy(const QString &text)
{
    m_error = false;
    m_bar->show();
    applyColour();
    m_label->setText(text);
}

void StatusLine::showInfo(const QString &text)
{
    m_error = false;
    m_bar->hide();
    applyColour();
    m_label->setText(text);
}

void StatusLine::showError(const QString &text)
{
    m_error = true;
    m_bar->hide();
    applyColour();
    m_label->setText(text);
}

void StatusLine::showError(const ApiError &error)
{
    showError(ErrorText::explain(error));
    m_label->setToolTip(error.describe());
}

void StatusLine::clear()
{
    m_error = false;
    m_bar->hide();
    m_label->clear();
}

QString StatusLine::text() const
{
    return m_label->text();
}

void StatusLine::track(ApiCallBase *call, const QString &doing, const QString &done,
                       const QList<QWidget *> &disable)
{
    showBusy(doing);
    QList<QPointer<QWidget>> widgets;
    for (QWidget *w : disable) {
        w->setEnabled(false);
        widgets.append(w);
    }
    connect(call, &ApiCallBase::succeeded, this, [this, done] { showInfo(done); });
    connect(call, &ApiCallBase::failed, this, [this](const ApiError &error) { showError(error); });
    connect(call, &ApiCallBase::finished, this, [this, widgets] {
        for (const QPointer<QWidget> &w : widgets) {
            if (w)
                w->setEnabled(true);
        }
        emit callFinished();  // the page may know better: a button that needs a selection
    });
    call->cancelWith(this);  // a closed page cancels its call
}

}  // namespace ModeDesk
