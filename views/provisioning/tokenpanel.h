// Provisioning a device on demand for the home on screen: a token as text
// and QR code with its countdown, to copy, save or print; then which device
// joined. The device side can be rehearsed with a simulated device.
#pragma once

#include "ondemandprovisioning.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ModeDesk {

class ElidedLabel;
class Session;
class StatusLine;

class TokenPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TokenPanel(Session *session, QWidget *parent = nullptr);

    void requestToken(const QString &deviceClass, const QString &tag);
    void rehearse();
    QString token() const;
    QImage tokenQr() const { return m_qr; }
    bool saveQr(const QString &path) const;

    QComboBox *classBox() const { return m_class; }
    QLabel *countdown() const { return m_countdown; }
    QLabel *qrLabel() const { return m_qrLabel; }
    StatusLine *status() const { return m_status; }

private:
    void showState(OnDemandProvisioning::State state);
    void showCountdown(qint64 secondsLeft);
    void updateClasses();
    void updateTarget();

    Session *m_session;
    ElidedLabel *m_target;
    QComboBox *m_class;
    QLineEdit *m_tag;
    QPushButton *m_getToken;
    QLineEdit *m_tokenText;
    QLabel *m_qrLabel;
    QLabel *m_countdown;
    QPushButton *m_rehearse;
    QList<QPushButton *> m_tokenButtons;  // useful only while a token is shown
    bool m_waiting = false;               // a token is shown, waiting for its device
    bool m_droppedToken = false;          // the home changed while a token was shown
    StatusLine *m_status;
    QImage m_qr;
};

}  // namespace ModeDesk
