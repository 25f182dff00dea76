// Putting hardware into homes, for field technicians: claim a
// pre-provisioned device by its code; provision one on demand (a token as
// text and QR code, with its countdown, then which device joined); claim a
// whole CSV of codes into one home. One tab each, so that the bulk table
// has the page's height on a laptop screen.
#pragma once

#include <QWidget>

class QTabWidget;

namespace ModeDesk {

class BulkClaimPanel;
class ClaimPanel;
class Session;
class TokenPanel;

class ProvisioningPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProvisioningPage(Session *session, QWidget *parent = nullptr);

    ClaimPanel *claimPanel() const { return m_claim; }
    TokenPanel *tokenPanel() const { return m_token; }
    BulkClaimPanel *bulkPanel() const { return m_bulk; }
    QTabWidget *flows() const { return m_flows; }
    void showBulk();

private:
    QTabWidget *m_flows;
    ClaimPanel *m_claim;
    TokenPanel *m_token;
    BulkClaimPanel *m_bulk;
};

}  // namespace ModeDesk
