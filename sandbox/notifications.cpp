#include "notifications.h"

#include "attemptlimiter.h"

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

// One message into the outbox; secret is the token (email) or code (SMS) it carries.
void deliver(const SandboxContext &ctx, const QString &channel, const QString &to,
             const QString &purpose, const QString &secret, const QString &text)
{
    OutboxMessage message;
    message.channel = channel;
    message.recipient = to;
    message.purpose = purpose;
    (channel == QLatin1String("sms") ? message.code : message.token) = secret;
    message.text = text;
    ctx.project.addToOutbox(message);
}
}  // namespace

void sendEmailVerification(const SandboxContext &ctx, const User &user)
{
    const QString token = Credentials::newToken();
    ctx.users.addCode(user.id, CodePurpose::EmailVerification, token, VerificationLifetime);
    deliver(ctx, QStringLiteral("email"), user.email, QStringLiteral("verification"), token,
            QStringLiteral("Welcome %1! Confirm your address with the verification token %2 (valid "
                           "for 24 hours).")
                .arg(user.name, token));
}

void sendPasswordReset(const SandboxContext &ctx, const User &user)
{
    const QString token = Credentials::newToken();
    ctx.users.addCode(user.id, CodePurpose::PasswordReset, token, ResetLifetime);
    deliver(ctx, QStringLiteral("email"), user.email, QStringLiteral("passwordReset"), token,
            QStringLiteral("Reset your password with the token %1 (valid for one hour). If you did "
                           "not ask for this, ignore this message.")
                .arg(token));
}

void sendSmsCode(const SandboxContext &ctx, const User &user)
{
    const QString code = Credentials::newNumericCode();
    ctx.users.deleteCodes(user.id, CodePurpose::SmsLogin);  // one live code per number
    ctx.limiter.record(QStringLiteral("sms-send:") + user.phoneNumber);
    ctx.limiter.reset(QStringLiteral("sms-code:%1").arg(user.id));  // a fresh code, fresh tries
    ctx.users.addCode(user.id, CodePurpose::SmsLogin, code, SmsCodeLifetime);
    deliver(ctx, QStringLiteral("sms"), user.phoneNumber, QStringLiteral("authCode"), code,
            QStringLiteral("Your MODE code is %1. It expires in 10 minutes.").arg(code));
}

void sendInvitation(const SandboxContext &ctx, const QString &email, const Home &home)
{
    deliver(ctx, QStringLiteral("email"), email, QStringLiteral("invitation"), {},
            QStringLiteral("You have been invited to the home \"%1\". Sign up with this address to "
                           "join it.")
                .arg(home.name));
}

}  // namespace ModeDesk::Sandbox::Notifications
