// The local sandbox's outbox: the mail and SMS it would have sent, newest
// first, with the codes and tokens one click from the clipboard.
#pragma once

#include "modeobjects.h"

#include <QDialog>

class QTableWidget;

namespace ModeDesk {

class SandboxAdmin;
class StatusLine;

class OutboxDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutboxDialog(SandboxAdmin *sandbox, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *table() const { return m_table; }
    const QList<OutboxEntry> &entries() const { return m_entries; }

private:
    void display(const QList<OutboxEntry> &entries);
    void copySecret(int row);

    SandboxAdmin *m_sandbox;
    QTableWidget *m_table;
    StatusLine *m_status;
    QList<OutboxEntry> m_entries;
};

}  // namespace ModeDesk
