// Claiming one pre-provisioned device by the code on its label, into the
// home on screen (named beside the button). On a MODE sandbox (with its
// admin key) the device's claim window can be opened from here, and a claim
// rehearsed with a simulated device; without a key those controls say why.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ModeDesk {

class ElidedLabel;
class Session;
class StatusLine;

class ClaimPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimPanel(Session *session, QWidget *parent = nullptr);

    // The flows, as the buttons start them.
    void claim(const QString &code);
    void openClaimWindow();
    void rehearse();

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *tagEdit() const { return m_tag; }
    QPushButton *claimButton() const { return m_claim; }
    QPushButton *claimModeButton() const { return m_claimMode; }
    QPushButton *rehearseButton() const { return m_rehearse; }
    QLabel *sandboxReason() const { return m_sandboxReason; }
    StatusLine *status() const { return m_status; }

private:
    void updateTarget();
    void updateSandbox();

    Session *m_session;
    ElidedLabel *m_target;
    QLineEdit *m_code;
    bool m_focusBackToCode = false;  // see the busy handler
    QLineEdit *m_name;
    QLineEdit *m_tag;
    QPushButton *m_claim;
    QPushButton *m_claimMode;
    StatusLine *m_status;
    QLabel *m_spare;
    QComboBox *m_rehearsalClass;
    QPushButton *m_rehearse;
    QLabel *m_sandboxReason;
};

}  // namespace ModeDesk
