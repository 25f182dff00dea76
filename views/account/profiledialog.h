// Edits one connection profile: name, API URL, project and app ids, account
// mode, and the colour tag that tells production from a sandbox at a glance.
#pragma once

#include "connectionprofile.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ModeDesk {

class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Edit, Create };
    // Creating: the colour tag follows the URL (a server on this machine is a sandbox)
    // until the user picks one; editing keeps the profile's own.
    ProfileDialog(const ConnectionProfile &profile, Purpose purpose, QWidget *parent = nullptr);
    ConnectionProfile profile() const;
    // A MODE sandbox's admin key typed here ("" keeps what the keychain has).
    QString sandboxAdminKey() const;

private:
    void validate();

    ConnectionProfile m_profile;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_projectId;
    QLineEdit *m_appId;
    QComboBox *m_mode;
    QComboBox *m_colour;
    QLineEdit *m_adminKey;
    bool m_colourChosen = false;  // by the user: the URL no longer suggests one
    QPushButton *m_ok = nullptr;
};

}  // namespace ModeDesk
