#include "workspacestore.h"

#include <QSettings>

namespace ModeDesk {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");

// One value per profile: the map keeps its types (QSettings writes a nested
// map as one serialised variant), so numbers and byte arrays come back as such.
QString workspaceKey(const QString &profileId)
{
    return QStringLiteral("workspace/") + profileId;
}
}  // namespace

QByteArray WorkspaceStore::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void WorkspaceStore::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QVariantMap WorkspaceStore::workspace(const QString &profileId) const
{
    return m_settings->value(workspaceKey(profileId)).toMap();
}

void WorkspaceStore::setWorkspace(const QString &profileId, const QVariantMap &workspace)
{
    if (!profileId.isEmpty())
        m_settings->setValue(workspaceKey(profileId), workspace);
}

}  // namespace ModeDesk
