// The mail and SMS that MODE would send, written to the sandbox outbox.
#pragma once

#include "modeobjects.h"

namespace ModeDesk::Sandbox {

struct SandboxContext;

namespace Notifications {
void sendEmailVerification(const SandboxContext &ctx, const User &user);
void sendPasswordReset(const SandboxContext &ctx, const User &user);
void sendSmsCode(const SandboxContext &ctx, const User &user);
void sendInvitation(const SandboxContext &ctx, const QString &email, const Home &home);
}  // namespace Notifications

}  // namespace ModeDesk::Sandbox
