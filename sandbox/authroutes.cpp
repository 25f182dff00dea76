// GET /auth, POST /auth/user and the SMS, email-verification and
// password-reset flows.
#include "access.h"
#include "attemptlimiter.h"
#include "eventhub.h"
#include "jsoncodec.h"
#include "notifications.h"
#include "passwordwork.h"
#include "projectstore.h"
#include "router.h"
#include "routes.h"
#include "sandboxcontext.h"
#include "userstore.h"
#include "validation.h"

#include <QJsonObject>

namespace ModeDesk::Sandbox::Routes {

namespace {

void requireMode(const SandboxContext &ctx, AccountMode mode)
{
    if (ctx.project.accountMode() != mode) {
        throw ApiFailure(
            403, QStringLiteral("PERMISSION_DENIED"),
            {{QStringLiteral("message"),
              QStringLiteral("only for projects with %1 accounts").arg(accountModeName(mode))}});
    }
}

void requireKnownApp(const SandboxContext &ctx, const RequestFields &fields)
{
    const QString appId = fields.requiredString(QStringLiteral("appId"));
    if (!ctx.project.appIds().contains(appId))
        throw ApiFailure(403, QStringLiteral("INVALID_APP_ID"));
}

// A registered user by email; placeholders (invitations) count as unknown.
User registeredUserByEmail(const SandboxContext &ctx, const QString &email)
{
    const auto user = ctx.users.userByEmail(Validation::email(email));
    if (!user || ctx.users.isPlaceholder(user->id))
        throw ApiFailure(403, QStringLiteral("UNKNOWN_EMAIL"));
    return *user;
}

HttpReply authState(const SandboxContext &ctx, ApiRequest &request)
{
    const Caller &caller = request.caller;
    AuthenticationInfo info;
    switch (caller.kind) {
        case Caller::Kind::User:
            info.type = QStringLiteral("user");
            info.userId = caller.userId;
            info.appId = caller.appId;
            break;
        case Caller::Kind::Device:
            info.type = QStringLiteral("device");
            info.deviceId = caller.deviceId;
            break;
        case Caller::Kind::ProjectKey:
            info.type = QStringLiteral("project key");
            info.projectKeyName = caller.projectKeyName;
            break;
        case Caller::Kind::Nobody:
        case Caller::Kind::Unknown:
            info.type = QStringLiteral("nobody");
            return HttpReply::json(200, Json::encode(info));
    }
    info.projectId = ctx.project.projectId();
    return HttpReply::json(200, Json::encode(info));
}

using PasswordWork::tooMany;

HttpReply authenticateUser(const SandboxContext &ctx, ApiRequest &request)
{
    const AccountMode mode = ctx.project.accountMode();
    if (mode == AccountMode::Byou)
        Access::requireProjectPermission(request.caller, QStringLiteral("byou"));
    const RequestFields fields = request.fields();
    Validation::projectId(fields, ctx.project.projectId());

    qint64 userId = 0;
    QString appId;
    switch (mode) {
        case AccountMode::Email: {
            requireKnownApp(ctx, fields);
            appId = fields.string(QStringLiteral("appId")).trimmed();
            const User user = registeredUserByEmail(ctx, fields.string(QStringLiteral("email")));
            const auto &limits = ctx.options.limits;
            const QString failures = QStringLiteral("password:%1").arg(user.id);
            if (const qint64 wait =
                    ctx.limiter.waitMs(failures, limits.passwordFailures, limits.passwordWindowMs))
                tooMany(QStringLiteral("TOO_MANY_ATTEMPTS"), wait,
                        QStringLiteral("too many wrong passwords for this account: try again "
                                       "later, or reset the password"));
            // Counted before the hash, so that tries sent all at once are limited too;
            // a success clears the count.
            HttpReply check = PasswordWork::verify(
                ctx.users.passwordHash(user.id), fields.string(QStringLiteral("password")),
                [&ctx, user, failures, appId](bool matches) {
                    if (!matches)
                        throw ApiFailure(403, QStringLiteral("INCORRECT_PASSWORD"));
                    ctx.limiter.reset(failures);
                    if (!user.verified)
                        throw ApiFailure(403, QStringLiteral("USER_UNVERIFIED"));
                    const ClientAuthentication auth{
                        ctx.users.createSession(user.id, appId), user.id, {}};
                    return HttpReply::json(200, Json::encode(auth));
                });
            ctx.limiter.record(failures);
            return check;
        }
        case AccountMode::Phone: {
            requireKnownApp(ctx, fields);
            appId = fields.string(QStringLiteral("appId")).trimmed();
            const QString phone =
                Validation::phoneNumber(fields.string(QStringLiteral("phoneNumber")));
            const auto user = ctx.users.userByPhone(phone);
            const QString code = fields.string(QStringLiteral("code")).trimmed();
            const auto &limits = ctx.options.limits;
            const QString wrongThisHour = QStringLiteral("sms-wrong:") + phone;
            if (const qint64 wait =
                    ctx.limiter.waitMs(wrongThisHour, limits.wrongCodesPerHour, limits.hourMs))
                tooMany(QStringLiteral("TOO_MANY_ATTEMPTS"), wait,
                        QStringLiteral("too many wrong codes for this number: try again later"));
            if (!user || code.isEmpty() ||
                !ctx.users.consumeCodeOfUser(user->id, CodePurpose::SmsLogin, code)) {
                if (user) {
                    // Numbers with no account have nothing to guess (and cannot fill the table).
                    ctx.limiter.record(wrongThisHour);
                    // Five wrong tries and the code is dead: guessing needs a new SMS each time.
                    const QString wrongThisCode = QStringLiteral("sms-code:%1").arg(user->id);
                    ctx.limiter.record(wrongThisCode);
                    if (ctx.limiter.count(wrongThisCode, limits.hourMs) >=
                        limits.wrongCodesPerCode) {
                        ctx.users.deleteCodes(user->id, CodePurpose::SmsLogin);
                        ctx.limiter.reset(wrongThisCode);
                        throw ApiFailure(403, QStringLiteral("INVALID_AUTH_CODE"),
                                         {{QStringLiteral("message"),
                                           QStringLiteral("too many wrong tries: this code no "
                                                          "longer works, ask for a new one")}});
                    }
                }
                throw ApiFailure(403, QStringLiteral("INVALID_AUTH_CODE"));
            }
            ctx.limiter.reset(QStringLiteral("sms-code:%1").arg(user->id));
            ctx.users.setVerified(user->id, true);  // the code proves the number
            userId = user->id;
            break;
        }
        case AccountMode::Byou: {
            const qint64 requested = fields.requiredInteger(QStringLiteral("userId"));
            if (!ctx.users.user(requested))
                throw ApiFailure(403, QStringLiteral("USER_NOT_FOUND"));
            appId = fields.string(QStringLiteral("appId")).trimmed();
            userId = requested;
            break;
        }
    }
    ClientAuthentication auth{ctx.users.createSession(userId, appId), userId, {}};
    return HttpReply::json(200, Json::encode(auth));
}

HttpReply startSmsAuth(const SandboxContext &ctx, ApiRequest &request)
{
    requireMode(ctx, AccountMode::Phone);
    const RequestFields fields = request.fields();
    Validation::projectId(fields, ctx.project.projectId());
    const QString phone = Validation::phoneNumber(fields.string(QStringLiteral("phoneNumber")));
    const auto user = ctx.users.userByPhone(phone);
    if (!user || ctx.users.isPlaceholder(user->id))
        throw ApiFailure(403, QStringLiteral("UNKNOWN_PHONE_NUMBER"));
    const auto &limits = ctx.options.limits;
    const QString sends = QStringLiteral("sms-send:") + phone;
    if (const qint64 wait = ctx.limiter.waitMs(sends, 1, limits.smsResendMs))
        tooMany(QStringLiteral("TOO_MANY_REQUESTS"), wait,
                QStringLiteral("a code was just sent to this number: wait before asking again"));
    if (const qint64 wait = ctx.limiter.waitMs(sends, limits.smsSendsPerHour, limits.hourMs))
        tooMany(QStringLiteral("TOO_MANY_REQUESTS"), wait,
                QStringLiteral("too many codes sent to this number this hour"));
    Notifications::sendSmsCode(ctx, *user);
    return HttpReply::json(200, Json::encode(SmsMessageReceipt{user->phoneNumber}));
}

HttpReply verifyEmail(const SandboxContext &ctx, ApiRequest &request)
{
    requireMode(ctx, AccountMode::Email);
    const QString token = request.fields().requiredString(QStringLiteral("token"));
    const auto userId = ctx.users.consumeCode(CodePurpose::EmailVerification, token);
    if (!userId)
        throw ApiFailure(403, QStringLiteral("INVALID_TOKEN"));
    ctx.users.setVerified(*userId, true);
    return HttpReply::json(200, QJsonObject());
}

HttpReply startEmailVerification(const SandboxContext &ctx, ApiRequest &request)
{
    requireMode(ctx, AccountMode::Email);
    const RequestFields fields = request.fields();
    Validation::projectId(fields, ctx.project.projectId());
    const User user = registeredUserByEmail(ctx, fields.string(QStringLiteral("email")));
    if (user.verified)
        throw ApiFailure(403, QStringLiteral("USER_ALREADY_VERIFIED"));
    Notifications::sendEmailVerification(ctx, user);
    return HttpReply::json(200, QJsonObject());
}

HttpReply resetPassword(const SandboxContext &ctx, ApiRequest &request)
{
    requireMode(ctx, AccountMode::Email);
    const RequestFields fields = request.fields();
    const QString token = fields.requiredString(QStringLiteral("token"));
    const QString password = fields.string(QStringLiteral("newPassword"));
    Validation::password(password);  // before the token is spent
    // The token is spent once the hash is ready (it may have expired meanwhile).
    return PasswordWork::hash(
        password, ctx.options.passwordIterations,
        [&ctx, token](const Credentials::PasswordHash &hash) {
            Transaction transaction(ctx.db);
            const auto userId = ctx.users.consumeCode(CodePurpose::PasswordReset, token);
            if (!userId)
                throw ApiFailure(403, QStringLiteral("INVALID_TOKEN"));
            ctx.users.setPassword(*userId, hash);
            ctx.users.setVerified(*userId, true);  // the token proves the address
            // A reset means the old password may be known to someone: end every session.
            const QList<qint64> sessions = ctx.users.sessionIdsOfUser(*userId);
            ctx.users.deleteSessionsOfUser(*userId);
            transaction.commit();
            for (qint64 sessionId : sessions)
                ctx.hub.closeSession(sessionId, QStringLiteral("PASSWORD_RESET"));
            return HttpReply::json(200, QJsonObject());
        });
}

HttpReply startPasswordReset(const SandboxContext &ctx, ApiRequest &request)
{
    requireMode(ctx, AccountMode::Email);
    const RequestFields fields = request.fields();
    Validation::projectId(fields, ctx.project.projectId());
    Notifications::sendPasswordReset(
        ctx, registeredUserByEmail(ctx, fields.string(QStringLiteral("email"))));
    return HttpReply::json(200, QJsonObject());
}

}  // namespace

void addAuthRoutes(Router &router, const SandboxContext &ctx)
{
    const auto bind = [&ctx](ContextHandler handler) {
        return withContext(ctx, handler);
    };
    router.add(HttpMethod::Get, QStringLiteral("/auth"), bind(authState));
    router.add(HttpMethod::Post, QStringLiteral("/auth/user"), bind(authenticateUser));
    router.add(HttpMethod::Post, QStringLiteral("/auth/user/sms"), bind(startSmsAuth));
    router.add(HttpMethod::Post, QStringLiteral("/auth/user/emailVerification"), bind(verifyEmail));
    router.add(HttpMethod::Post, QStringLiteral("/auth/user/emailVerification/start"),
               bind(startEmailVerification));
    router.add(HttpMethod::Post, QStringLiteral("/auth/user/passwordReset"), bind(resetPassword));
    router.add(HttpMethod::Post, QStringLiteral("/auth/user/passwordReset/start"),
               bind(startPasswordReset));
}

}  // namespace ModeDesk::Sandbox::Routes
