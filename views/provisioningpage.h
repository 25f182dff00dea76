// Putting hardware into homes, for field technicians: claim a
// pre-provisioned device by its code; provision one on demand (a token as
// text and QR code, with its countdown, then which device joined); claim a
// whole CSV of codes. Each flow can be rehearsed in one click with the
// device simulator playing the hardware.
#pragma once

#include "bulkclaim.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ModeDesk {

class Session;
class SimulatorPage;
class StatusLine;

class ProvisioningPage : public QWidget
{
    Q_OBJECT

public:
    ProvisioningPage(Session *session, SimulatorPage *simulator, QWidget *parent = nullptr);

    // The flows, callable as the buttons call them.
    void claim(const QString &code);
    void requestToken(const QString &deviceClass, const QString &tag);
    bool importCsv(const QString &path);
    void startBulk();
    void rehearseClaim();
    void rehearseToken();

    QLineEdit *claimCode() const { return m_code; }
    StatusLine *claimStatus() const { return m_claimStatus; }
    StatusLine *tokenStatus() const { return m_tokenStatus; }
    StatusLine *bulkStatus() const { return m_bulkStatus; }
    QString token() const { return m_token; }
    QImage tokenQr() const { return m_qr; }
    QLabel *countdown() const { return m_countdown; }
    BulkClaim *bulk() { return &m_bulk; }
    bool saveQr(const QString &path) const;

private:
    void showToken();
    void tick();
    void watchForNewDevice();

    Session *m_session;
    SimulatorPage *m_simulator;
    BulkClaim m_bulk;
    QLineEdit *m_code;
    QPushButton *m_claim;
    StatusLine *m_claimStatus;
    QComboBox *m_class;
    QLineEdit *m_tag;
    QPushButton *m_getToken;
    QLineEdit *m_tokenText;
    QLabel *m_qrLabel;
    QLabel *m_countdown;
    StatusLine *m_tokenStatus;
    QTableView *m_bulkTable;
    QProgressBar *m_progress;
    StatusLine *m_bulkStatus;
    QString m_token;
    QImage m_qr;
    QDateTime m_expires;
    QString m_tokenClass;
    QList<qint64> m_knownDevices;
    QTimer m_clock;
};

}  // namespace ModeDesk
