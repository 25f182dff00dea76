#include "newhomedialog.h"

#include "session.h"
#include "statusline.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace ModeDesk {

NewHomeDialog::NewHomeDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_timezone(new QComboBox(this))
    , m_status(new StatusLine(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New home"));
    m_name->setAccessibleName(tr("Name of the new home"));
    m_name->setPlaceholderText(tr("e.g. Field Office Berlin"));
    m_timezone->setAccessibleName(tr("Time zone of the new home"));
    m_timezone->setEditable(true);
    m_timezone->setInsertPolicy(QComboBox::NoInsert);
    const auto zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_timezone->addItem(QString::fromUtf8(zone));
    m_timezone->completer()->setFilterMode(Qt::MatchContains);
    m_timezone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timezone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Time zone:"), m_timezone);
    form->addRow(m_status);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewHomeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

QString NewHomeDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewHomeDialog::timezone() const
{
    return m_timezone->currentText().trimmed();
}

void NewHomeDialog::accept()
{
    if (name().isEmpty() || m_created != 0)
        return;
    // An unknown zone name is not sent: MODE would store it as typed.
    if (!timezone().isEmpty() && !QTimeZone(timezone().toUtf8()).isValid()) {
        m_timezone->setFocus();
        m_timezone->lineEdit()->selectAll();
        m_status->showError(tr("“%1” is not a time zone; pick one from the list, e.g. "
                               "Europe/Berlin.")
                                .arg(timezone()));
        return;
    }
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    auto *call = m_session->createHome(name(), timezone());
    m_status->track(call, tr("Creating “%1”…").arg(name()), QString(), {ok, m_name, m_timezone});
    call->then(
        this,
        [this](const Home &home) {
            m_created = home.id;
            QDialog::accept();
        },
        [this](const ApiError &) { m_name->setFocus(); });  // the reason is on the status line
}

}  // namespace ModeDesk
