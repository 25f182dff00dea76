#include "devicespage.h"

#include <algorithm>

#include "askbox.h"
#include "modelformat.h"
#include "session.h"
#include "statusline.h"
#include "tablesizing.h"
#include "themecolours.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ModeDesk {

DevicesPage::DevicesPage(Session *session, QWidget *parent)
    : TablePage(session->home()->devices(), tr("Filter devices by name, class, tag or id"), parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_tag(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save changes"), this))
    , m_delete(new QPushButton(tr("Remove from home…"), this))
{
    table()->sortByColumn(DevicesModel::NameColumn, Qt::AscendingOrder);
    table()->setObjectName(QStringLiteral("devicesTable"));
    QHeaderView *header = table()->horizontalHeader();
    const int stamp =
        table()->fontMetrics().horizontalAdvance(QStringLiteral("2026-11-25 22:22:22")) + 24;
    header->resizeSection(DevicesModel::NameColumn, 240);
    int statusWidth = 100;  // the lamp and the longest word it may say, in this language
    for (const QString &word : DevicesModel::statusWords())
        statusWidth = std::max(statusWidth, table()->fontMetrics().horizontalAdvance(word) + 32);
    header->resizeSection(DevicesModel::StatusColumn, statusWidth);
    header->resizeSection(DevicesModel::ClassColumn, 120);
    header->resizeSection(DevicesModel::TagColumn, 120);
    header->resizeSection(DevicesModel::LastEventColumn, 110);
    header->resizeSection(DevicesModel::LastConnectColumn, stamp);
    header->resizeSection(DevicesModel::LastDisconnectColumn, stamp);
    header->setSectionResizeMode(DevicesModel::IdColumn, QHeaderView::ResizeToContents);
    TableSizing::atLeastTitles(header);

    auto *details = new QGroupBox(tr("Device"), this);
    auto *form = new QFormLayout(details);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_name->setAccessibleName(tr("Device name"));
    m_tag->setAccessibleName(tr("Device tag"));
    form->addRow(m_summary);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Tag:"), m_tag);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    body()->addWidget(details);

    connect(this, &TablePage::currentRowChanged, this, &DevicesPage::showDevice);
    connect(m_save, &QPushButton::clicked, this, &DevicesPage::save);
    connect(m_name, &QLineEdit::returnPressed, this, &DevicesPage::save);
    connect(m_delete, &QPushButton::clicked, this, &DevicesPage::remove);
    // Live changes to the shown device (online, last event) refresh the summary.
    connect(session->home()->devices(), &QAbstractItemModel::dataChanged, this, [this] {
        const int row = shownRow();
        if (row >= 0)
            showDevice(row);
    });
    // The relative "last event" ticks here as in the table: both read the same clock.
    connect(session, &Session::clockTicked, this, [this] {
        const int row = shownRow();
        if (row >= 0 && isVisible())
            showDevice(row);
    });
    // Another home or profile: nothing of the last one stays on screen.
    connect(session, &Session::homeChanged, this, [this] {
        status()->clear();
        showDevice(-1);
        m_toSelect = 0;  // asked for in the last home
    });
    // A device asked for from the Fleet page, once its home's devices are here.
    const auto selectAsked = [this] {
        if (m_toSelect != 0 && selectNow(m_toSelect))
            m_toSelect = 0;
    };
    connect(session->home()->devices(), &QAbstractItemModel::rowsInserted, this, selectAsked);
    connect(session->home()->devices(), &QAbstractItemModel::modelReset, this, selectAsked);
    // A removed device leaves nothing to save or remove.
    connect(status(), &StatusLine::callFinished, this, [this] { showDevice(shownRow()); });
    showDevice(-1);
}

void DevicesPage::selectDevice(qint64 deviceId)
{
    m_toSelect = selectNow(deviceId) ? 0 : deviceId;
}

bool DevicesPage::selectNow(qint64 deviceId)
{
    DevicesModel *model = m_session->home()->devices();
    const int row = model->rowOf(deviceId);
    if (row < 0)
        return false;
    const QModelIndex index = proxy()->mapFromSource(model->index(row, 0));
    if (!index.isValid())
        filter()->clear();  // a filter hid it
    table()->selectRow(proxy()->mapFromSource(model->index(row, 0)).row());
    table()->scrollTo(table()->currentIndex());
    return true;
}

QString DevicesPage::summaryText() const
{
    return m_summary->text();
}

int DevicesPage::shownRow() const
{
    return m_deviceId ? m_session->home()->devices()->rowOf(m_deviceId) : -1;
}

void DevicesPage::showDevice(int sourceRow)
{
    DevicesModel *model = m_session->home()->devices();
    const bool has = sourceRow >= 0 && sourceRow < model->rowCount();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_tag),
                       static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_delete)})
        w->setEnabled(has);
    if (!has) {
        m_deviceId = 0;
        m_summary->setText(tr("Pick a device to see its details."));
        m_name->clear();
        m_tag->clear();
        return;
    }
    const Device &d = model->record(sourceRow);
    const bool switched = d.id != m_deviceId;
    m_deviceId = d.id;
    m_summary->setText(
        tr("<b>%1</b> &middot; id %2 &middot; class <b>%3</b> &middot; %4<br>"
           "Last connected %5 &middot; last disconnected %6 &middot; last event %7")
            .arg(DevicesModel::displayName(d).toHtmlEscaped())
            .arg(d.id)
            .arg(d.deviceClass.toHtmlEscaped())
            .arg(!model->isLinkLive()      ? tr("online state unknown (no live link)")
                 : !model->isOnlineKnown() ? tr("online state unknown (as last seen)")
                 : d.isConnected           ? QStringLiteral("<span style='color:%1'>%2</span>")
                                       .arg(ThemeColours::good(palette()).name(), tr("online"))
                                 : tr("offline"))
            .arg(ModelFormat::dateTime(d.lastConnectTime),
                 ModelFormat::dateTime(d.lastDisconnectTime), ModelFormat::ago(d.lastEventTime)));
    if (switched) {  // do not overwrite what the user is typing
        m_name->setText(d.name);
        m_tag->setText(d.tag);
    }
}

void DevicesPage::save()
{
    if (!m_deviceId)
        return;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        status()->showError(tr("A device needs a name."));
        return;
    }
    const qint64 id = m_deviceId;
    const QString tag = m_tag->text().trimmed();
    status()->track(m_session->fleet()->updateDevice(id, {name, tag}), tr("Saving device…"),
                    tr("Saved."), {m_save, m_delete});
}

void DevicesPage::remove()
{
    if (!m_deviceId)
        return;
    const qint64 id = m_deviceId;
    DevicesModel *model = m_session->home()->devices();
    const QString name = DevicesModel::displayName(model->record(model->rowOf(id)));
    // The device's name is the server's text: shown as typed, never as markup.
    if (!AskBox::confirm(this, tr("Remove device"),
                         tr("Remove “%1” (device %2) from this home? Pre-provisioned hardware can "
                            "be claimed again later.")
                             .arg(name, QString::number(id))))
        return;
    status()->track(m_session->fleet()->removeDevice(id), tr("Removing device…"),
                    tr("Removed “%1”.").arg(name), {m_save, m_delete});
}

}  // namespace ModeDesk
