// Where and how to reach a MODE server: a named connection the user can
// switch to in one click. Secrets are not here: they live in the keychain.
#pragma once

#include "modeobjects.h"

#include <QColor>
#include <QUrl>

namespace ModeDesk {

struct ConnectionProfile {
    QString id;  // stable, for settings and keychain entries
    QString name;
    QUrl apiUrl;
    qint64 projectId = 0;
    QString appId;
    AccountMode accountMode = AccountMode::Email;
    QColor colour;  // a tag shown beside the name, so production is never taken for a sandbox
    bool localSandbox = false;  // started and stopped by ModeDesk itself
    QString login;              // last email / phone / user id used (not a secret)

    bool isValid() const { return !id.isEmpty() && apiUrl.isValid() && projectId > 0; }
    bool operator==(const ConnectionProfile &) const = default;
};

}  // namespace ModeDesk
