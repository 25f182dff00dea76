#include "outboxdialog.h"

#include "modelformat.h"
#include "sandboxadmin.h"
#include "statusline.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ModeDesk {

OutboxDialog::OutboxDialog(SandboxAdmin *sandbox, QWidget *parent)
    : QDialog(parent)
    , m_sandbox(sandbox)
    , m_table(new QTableWidget(this))
    , m_status(new StatusLine(this))
{
    setWindowTitle(tr("Sandbox outbox"));
    resize(900, 420);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Sent"), tr("To"), tr("Kind"), tr("Code / token"), tr("Message")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Outbox messages"));
    m_table->setToolTip(tr("Double-click a message to copy its code or token."));
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { copySecret(row); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy code or token"), QDialogButtonBox::ActionRole);
    auto *reload = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    auto *copyKey = buttons->addButton(tr("Copy the &admin key"), QDialogButtonBox::ActionRole);
    copyKey->setToolTip(tr("The sandbox's admin key, for curl or another ModeDesk profile"));
    connect(copyKey, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_sandbox->adminKey());
        m_status->showInfo(tr("The admin key is on the clipboard."));
    });
    connect(copy, &QPushButton::clicked, this, [this] { copySecret(m_table->currentRow()); });
    connect(reload, &QPushButton::clicked, this, &OutboxDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    refresh();
}

void OutboxDialog::refresh()
{
    auto *call = m_sandbox->outbox();
    m_status->track(call, tr("Loading…"), QString());
    call->then(
        this, [this](const QList<OutboxEntry> &entries) { display(entries); },
        [](const ApiError &) {});
}

void OutboxDialog::display(const QList<OutboxEntry> &entries)
{
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());  // newest first
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const OutboxEntry &e = m_entries.at(row);
        const QString kind = e.channel == QLatin1String("sms") ? tr("SMS: %1").arg(e.purpose)
                                                               : tr("Email: %1").arg(e.purpose);
        const QStringList cells{ModelFormat::dateTime(e.time), e.to, kind,
                                e.code.isEmpty() ? e.token : e.code, e.text};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_status->showInfo(entries.isEmpty()
                           ? tr("Nothing sent yet.")
                           : tr("%n message(s). Double-click one to copy its code or token.",
                                nullptr, static_cast<int>(entries.size())));
}

void OutboxDialog::copySecret(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const OutboxEntry &e = m_entries.at(row);
    const QString secret = e.code.isEmpty() ? e.token : e.code;
    if (secret.isEmpty()) {
        m_status->showInfo(tr("That message carries no code or token."));
        return;
    }
    QApplication::clipboard()->setText(secret);
    m_status->showInfo(
        tr("Copied the %1 for %2.").arg(e.code.isEmpty() ? tr("token") : tr("code"), e.to));
}

}  // namespace ModeDesk
