#include "logging.h"

namespace ModeDesk {
Q_LOGGING_CATEGORY(lcApi, "modedesk.api")
Q_LOGGING_CATEGORY(lcWs, "modedesk.ws")
Q_LOGGING_CATEGORY(lcSandbox, "modedesk.sandbox")
Q_LOGGING_CATEGORY(lcOutbox, "modedesk.sandbox.outbox")
Q_LOGGING_CATEGORY(lcModels, "modedesk.models")
Q_LOGGING_CATEGORY(lcApp, "modedesk.app")
}  // namespace ModeDesk
