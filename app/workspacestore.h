// What the user arranged, kept between runs in QSettings (a view's state, never
// data): the window's geometry, shared by every profile, and each profile's
// workspace (MainWindow::workspace(): page, panels, splitters, filters, chart,
// home), so that a profile opens the way it was left.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

class QSettings;

namespace ModeDesk {

class WorkspaceStore
{
public:
    explicit WorkspaceStore(QSettings *settings) : m_settings(settings) {}

    QByteArray windowGeometry() const;  // empty before the first run ends
    void setWindowGeometry(const QByteArray &geometry);

    QVariantMap workspace(const QString &profileId) const;  // empty when never saved
    void setWorkspace(const QString &profileId, const QVariantMap &workspace);

private:
    QSettings *m_settings;
};

}  // namespace ModeDesk
