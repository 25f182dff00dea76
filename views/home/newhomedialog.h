// Asks what a new home needs, its name and its time zone (an IANA name, the
// system's by default, so that schedules and times in the home read right),
// and creates it: a refusal is said in the dialog itself, which stays open
// with what was typed, so that it can be corrected.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace ModeDesk {

class Session;
class StatusLine;

class NewHomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewHomeDialog(Session *session, QWidget *parent = nullptr);

    QString name() const;
    QString timezone() const;  // "" when the user cleared it
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *timezoneBox() const { return m_timezone; }
    StatusLine *status() const { return m_status; }
    // The home made (0 until then).
    qint64 createdHomeId() const { return m_created; }

    void accept() override;

private:
    Session *m_session;
    QLineEdit *m_name;
    QComboBox *m_timezone;
    StatusLine *m_status;
    QDialogButtonBox *m_buttons;
    qint64 m_created = 0;
};

}  // namespace ModeDesk
