#include "statusline.h"

#include "apicall.h"
#include "errortext.h"
#include "themecolours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ModeDesk {

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_detailsButton(new QToolButton(this))
    , m_detail(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout);
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
    // A long name in a message wraps or is cut: it never widens the window.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setObjectName(QStringLiteral("statusDetails"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->hide();
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detail->hide();
    connect(m_detailsButton, &QToolButton::toggled, m_detail, &QLabel::setVisible);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignTop);
    outer->addWidget(m_detail);
    setAccessibleName(tr("Status"));
}

void StatusLine::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!detail.isEmpty());
    m_detail->hide();
}

QString StatusLine::detail() const
{
    return m_detail->text();
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
    setDetail({});
    m_error = false;
    m_bar->show();
    applyColour();
    m_label->setText(text);
}

void StatusLine::showInfo(const QString &text)
{
    setDetail({});
    m_error = false;
    m_bar->hide();
    applyColour();
    m_label->setText(text);
}

void StatusLine::showError(const QString &text)
{
    setDetail({});
    m_error = true;
    m_bar->hide();
    applyColour();
    m_label->setText(text);
}

void StatusLine::showError(const QString &text, const QString &detail)
{
    showError(text);
    setDetail(detail);
}

void StatusLine::showError(const ApiError &error)
{
    showError(ErrorText::explain(error), error.describe());
}

void StatusLine::clear()
{
    setDetail({});
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
