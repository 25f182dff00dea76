// Putting hardware into homes, for field technicians: claim a
// pre-provisioned device by its code; provision one on demand (a token as
// text and QR code, with its countdown, then which device joined); claim a
// whole CSV of codes. Each flow can be rehearsed in one click with the
// device simulator playing the hardware.
#pragma once

#include "bulkclaim.h"
#include "ondemandprovisioning.h"

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
class StatusLine;

class ProvisioningPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProvisioningPage(Session *session, QWidget *parent = nullptr);

    // The flows, callable as the buttons call them.
    void claim(const QString &code);
    void requestToken(const QString &deviceClass, const QString &tag);
    bool importCsv(const QString &path);
    void startBulk();
    void rehearseClaim();
    void rehearseToken();

    QLineEdit *claimCode() const { return m_code; }
    QPushButton *spareButton() const { return m_spareButton; }
    StatusLine *claimStatus() const { return m_claimStatus; }
    StatusLine *tokenStatus() const { return m_tokenStatus; }
    StatusLine *bulkStatus() const { return m_bulkStatus; }
    QString token() const;
    QImage tokenQr() const { return m_qr; }
    QLabel *countdown() const { return m_countdown; }
    BulkClaim *bulk() { return m_bulk; }
    bool saveQr(const QString &path) const;

private:
    void showTokenState(OnDemandProvisioning::State state);
    void showSpare(const QString &claimCode);
    void prepareSpare();
    void showCountdown(qint64 secondsLeft);

    Session *m_session;
    BulkClaim *m_bulk;
    QLineEdit *m_code;
    QPushButton *m_claim;
    StatusLine *m_claimStatus;
    QLabel *m_spare;
    QPushButton *m_spareButton;
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
    QImage m_qr;
};

}  // namespace ModeDesk
