// Every ModeDesk logging category, declared in one place. Keys, passwords,
// tokens and codes never reach any of them.
#pragma once

#include <QLoggingCategory>

namespace ModeDesk {
Q_DECLARE_LOGGING_CATEGORY(lcApi)      // modedesk.api: REST calls
Q_DECLARE_LOGGING_CATEGORY(lcWs)       // modedesk.ws: user and device sockets
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)  // modedesk.sandbox: the local MODE server
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)   // modedesk.sandbox.outbox: mail and SMS it would send
Q_DECLARE_LOGGING_CATEGORY(lcModels)   // modedesk.models
Q_DECLARE_LOGGING_CATEGORY(lcApp)      // modedesk.app
}  // namespace ModeDesk
