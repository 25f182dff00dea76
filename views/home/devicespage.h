#pragma once

#include "tablepage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace ModeDesk {

class Session;

// A home's devices: a live table, and the chosen device's details with
// rename, retag and delete.
class DevicesPage : public TablePage
{
    Q_OBJECT

public:
    explicit DevicesPage(Session *session, QWidget *parent = nullptr);
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *tagEdit() const { return m_tag; }
    QPushButton *removeButton() const { return m_delete; }
    QString summaryText() const;
    // Picks the device in the table, now or once the home's devices arrive.
    void selectDevice(qint64 deviceId);

private:
    bool selectNow(qint64 deviceId);
    void showDevice(int sourceRow);
    void save();
    void remove();
    int shownRow() const;

    Session *m_session;
    qint64 m_deviceId = 0;
    qint64 m_toSelect = 0;  // asked for before the home's devices came
    QLabel *m_summary;
    QLineEdit *m_name;
    QLineEdit *m_tag;
    QPushButton *m_save;
    QPushButton *m_delete;
};

}  // namespace ModeDesk
