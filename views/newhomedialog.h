// Asks what a new home needs: its name and its time zone (an IANA name, the
// system's by default), so that schedules and times in the home read right.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace ModeDesk {

class NewHomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewHomeDialog(QWidget *parent = nullptr);

    QString name() const;
    QString timezone() const;  // "" when the user cleared it
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *timezoneBox() const { return m_timezone; }

    void accept() override;

private:
    QLineEdit *m_name;
    QComboBox *m_timezone;
    QDialogButtonBox *m_buttons;
};

}  // namespace ModeDesk
