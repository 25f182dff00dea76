#include "provisioningpage.h"

#include "bulkclaimpanel.h"
#include "claimpanel.h"
#include "tokenpanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ModeDesk {

ProvisioningPage::ProvisioningPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_flows(new QTabWidget(this))
    , m_claim(new ClaimPanel(session, this))
    , m_token(new TokenPanel(session, this))
    , m_bulk(new BulkClaimPanel(session, this))
{
    m_flows->setDocumentMode(true);
    m_flows->setObjectName(QStringLiteral("provisioningFlows"));
    m_flows->addTab(m_claim, tr("One device by its &code"));
    m_flows->addTab(m_token, tr("On &demand (token)"));
    m_flows->addTab(m_bulk, tr("&Bulk from a CSV"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_flows);
}

void ProvisioningPage::showBulk()
{
    m_flows->setCurrentWidget(m_bulk);
}

}  // namespace ModeDesk
