#include "notifications.h"

#include "credentials.h"
#include "projectstore.h"
#include "sandboxcontext.h"
#include "userstore.h"

namespace ModeDesk::Sandbox::Notifications {

namespace {
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 VerificationLifetime = 24 * 60 * Minute;
constexpr qint64 ResetLifetime = 60 * Minute;
constexpr qint64 SmsCodeLifetime = 10 * Minute;
}  // namespace

void sendEmailVerification(const SandboxContext &ctx, const User &user)
{
    const QString token = Credentials::newToken();
    ctx.users.addCode(user.id, CodePurpose::EmailVerification, token, VerificationLifetime);
    OutboxMessage message;
    message.channel = QStringLiteral("email");
    message.recipient = user.email;
    message.purpose = QStringLiteral("verification");
    message.token = token;
    message.text = QStringLiteral(
                       "Welcome %1! Confirm your address with the verification token "
                       "%2 (valid for 24 hours).")
                       .arg(user.name, token);
    ctx.project.addToOutbox(message);
}

void sendPasswordReset(const SandboxContext &ctx, const User &user)
{
    const QString token = Credentials::newToken();
    ctx.users.addCode(user.id, CodePurpose::PasswordReset, token, ResetLifetime);
    OutboxMessage message;
    message.channel = QStringLiteral("email");
    message.recipient = user.email;
    message.purpose = QStringLiteral("passwordReset");
    message.token = token;
    message.text = QStringLiteral(
                       "Reset your password with the token %1 (valid for one hour). "
                       "If you did not ask for this, ignore this message.")
                       .arg(token);
    ctx.project.addToOutbox(message);
}

void sendSmsCode(const SandboxContext &ctx, const User &user)
{
    const QString code = Credentials::newNumericCode();
    ctx.users.addCode(user.id, CodePurpose::SmsLogin, code, SmsCodeLifetime);
    OutboxMessage message;
    message.channel = QStringLiteral("sms");
    message.recipient = user.phoneNumber;
    message.purpose = QStringLiteral("authCode");
    message.code = code;
    message.text = QStringLiteral("Your MODE code is %1. It expires in 10 minutes.").arg(code);
    ctx.project.addToOutbox(message);
}

void sendInvitation(const SandboxContext &ctx, const QString &email, const Home &home)
{
    OutboxMessage message;
    message.channel = QStringLiteral("email");
    message.recipient = email;
    message.purpose = QStringLiteral("invitation");
    message.text = QStringLiteral(
                       "You have been invited to the home \"%1\". Sign up with this "
                       "address to join it.")
                       .arg(home.name);
    ctx.project.addToOutbox(message);
}

}  // namespace ModeDesk::Sandbox::Notifications
