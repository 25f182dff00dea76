// POST/GET/PATCH/DELETE /users and GET/DELETE /userSession.
#include "access.h"
#include "eventhub.h"
#include "homestore.h"
#include "jsoncodec.h"
#include "notifications.h"
#include "passwordwork.h"
#include "projectstore.h"
#include "router.h"
#include "routes.h"
#include "sandboxcontext.h"
#include "storeutil.h"
#include "userstore.h"
#include "validation.h"

namespace ModeDesk::Sandbox::Routes {

namespace {

struct NewEmailUser {
    QString name;
    QString email;
    QString password;
};

// Everything that can be refused before the password is hashed.
NewEmailUser validateEmailUser(const SandboxContext &ctx, const RequestFields &fields)
{
    NewEmailUser fresh{
        Validation::name(QStringLiteral("name"), fields.string(QStringLiteral("name"))),
        Validation::email(fields.string(QStringLiteral("email"))),
        fields.string(QStringLiteral("password"))};
    Validation::password(fresh.password);
    if (const auto existing = ctx.users.userByEmail(fresh.email)) {
        if (!ctx.users.isPlaceholder(existing->id)) {
            throw ApiFailure(403, existing->verified ? QStringLiteral("USER_EXISTS")
                                                     : QStringLiteral("USER_EXISTS_UNVERIFIED"));
        }
    }
    return fresh;
}

// Checked again once the hash is ready: someone may have registered meanwhile.
User createEmailUser(const SandboxContext &ctx, const NewEmailUser &fresh,
                     const Credentials::PasswordHash &hash)
{
    User user;
    if (const auto existing = ctx.users.userByEmail(fresh.email)) {
        if (!ctx.users.isPlaceholder(existing->id)) {
            throw ApiFailure(403, existing->verified ? QStringLiteral("USER_EXISTS")
                                                     : QStringLiteral("USER_EXISTS_UNVERIFIED"));
        }
        // An invited person registering: keep the id and the homes they were added to.
        ctx.users.setName(existing->id, fresh.name);
        ctx.users.setPassword(existing->id, hash);
        ctx.users.markRegistered(existing->id);
        user = *ctx.users.user(existing->id);
    } else {
        user = ctx.users.createUser(fresh.name, fresh.email, {}, false, hash);
    }
    Notifications::sendEmailVerification(ctx, user);
    return user;
}

User createPhoneUser(const SandboxContext &ctx, const RequestFields &fields)
{
    const QString name =
        Validation::name(QStringLiteral("name"), fields.string(QStringLiteral("name")));
    const QString phone = Validation::phoneNumber(fields.string(QStringLiteral("phoneNumber")));
    User user;
    if (const auto existing = ctx.users.userByPhone(phone)) {
        if (!ctx.users.isPlaceholder(existing->id)) {
            throw ApiFailure(403, existing->verified ? QStringLiteral("USER_EXISTS")
                                                     : QStringLiteral("USER_EXISTS_UNVERIFIED"));
        }
        ctx.users.setName(existing->id, name);
        ctx.users.markRegistered(existing->id);
        user = *ctx.users.user(existing->id);
    } else {
        user = ctx.users.createUser(name, {}, phone, false, std::nullopt);
    }
    // The first SMS code both verifies the number and signs the user in.
    Notifications::sendSmsCode(ctx, user);
    return user;
}

HttpReply createUser(const SandboxContext &ctx, ApiRequest &request)
{
    if (ctx.project.accountMode() == AccountMode::Byou)
        Access::requireProjectPermission(request.caller, QStringLiteral("byou"));
    const RequestFields fields = request.fields();
    Validation::projectId(fields, ctx.project.projectId());

    if (ctx.project.accountMode() == AccountMode::Email) {
        const NewEmailUser fresh = validateEmailUser(ctx, fields);
        return PasswordWork::hash(fresh.password, ctx.options.passwordIterations,
                                  [&ctx, fresh](const Credentials::PasswordHash &hash) {
                                      Transaction transaction(ctx.db);
                                      const User user = createEmailUser(ctx, fresh, hash);
                                      transaction.commit();
                                      return HttpReply::json(201, Json::encode(user));
                                  });
    }
    Transaction transaction(ctx.db);
    User user;
    switch (ctx.project.accountMode()) {
        case AccountMode::Email:
            break;  // above
        case AccountMode::Phone:
            user = createPhoneUser(ctx, fields);
            break;
        case AccountMode::Byou:
            // BYOU users are the project's own: already verified by it.
            user = ctx.users.createUser(fields.string(QStringLiteral("name")).trimmed(), {}, {},
                                        true, std::nullopt);
            break;
    }
    transaction.commit();
    return HttpReply::json(201, Json::encode(user));
}

// The user named in the path, if the caller may act on it: the user
// themselves, or (where allowPermission is set) a project key holding it.
User targetUser(const SandboxContext &ctx, ApiRequest &request, const QString &allowPermission)
{
    const qint64 userId = request.idParam(QStringLiteral("userId"));
    const Caller &caller = request.caller;
    Access::requireKey(caller);
    if (caller.isProjectKey()) {
        if (allowPermission.isEmpty() || !caller.hasPermission(allowPermission))
            throw ApiFailure(403, QStringLiteral("PERMISSION_DENIED"));
    } else if (!caller.isUser()) {
        throw ApiFailure(403, QStringLiteral("PERMISSION_DENIED"));
    } else if (caller.userId != userId) {
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    }
    const auto user = ctx.users.user(userId);
    if (!user || ctx.users.isPlaceholder(userId))
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return *user;
}

HttpReply getUser(const SandboxContext &ctx, ApiRequest &request)
{
    return HttpReply::json(200, Json::encode(targetUser(ctx, request, QStringLiteral("read"))));
}

HttpReply applyUserUpdate(const SandboxContext &ctx, qint64 userId, const RequestFields &fields,
                          const std::optional<Credentials::PasswordHash> &password)
{
    Transaction transaction(ctx.db);
    const auto found = ctx.users.user(userId);
    if (!found)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));  // deleted while its hash was made
    const User &user = *found;
    if (fields.has(QStringLiteral("name")))
        ctx.users.setName(user.id, Validation::name(QStringLiteral("name"),
                                                    fields.string(QStringLiteral("name"))));
    if (password)
        ctx.users.setPassword(user.id, *password);
    const AccountMode mode = ctx.project.accountMode();
    if (mode == AccountMode::Email && fields.has(QStringLiteral("email"))) {
        const QString email = Validation::email(fields.string(QStringLiteral("email")));
        if (email.compare(user.email, Qt::CaseInsensitive) != 0) {
            if (ctx.users.userByEmail(email))
                throw ApiFailure(403, QStringLiteral("EMAIL_IN_USE"));
            ctx.users.setEmail(user.id, email);
            ctx.users.setVerified(user.id, false);
            Notifications::sendEmailVerification(ctx, *ctx.users.user(user.id));
        }
    }
    if (mode == AccountMode::Phone && fields.has(QStringLiteral("phoneNumber"))) {
        const QString phone = Validation::phoneNumber(fields.string(QStringLiteral("phoneNumber")));
        if (phone != user.phoneNumber) {
            if (ctx.users.userByPhone(phone))
                throw ApiFailure(403, QStringLiteral("PHONE_NUMBER_IN_USE"));
            ctx.users.setPhone(user.id, phone);
        }
    }
    transaction.commit();
    return HttpReply::noContent();
}

HttpReply updateUser(const SandboxContext &ctx, ApiRequest &request)
{
    const User user = targetUser(ctx, request, QStringLiteral("byou"));
    const RequestFields fields = request.fields();
    if (ctx.project.accountMode() != AccountMode::Email || !fields.has(QStringLiteral("password")))
        return applyUserUpdate(ctx, user.id, fields, std::nullopt);
    // What can be refused is refused before the hash is made.
    const QString password = fields.string(QStringLiteral("password"));
    Validation::password(password);
    if (fields.has(QStringLiteral("name")))
        Validation::name(QStringLiteral("name"), fields.string(QStringLiteral("name")));
    if (fields.has(QStringLiteral("email")))
        Validation::email(fields.string(QStringLiteral("email")));
    return PasswordWork::hash(
        password, ctx.options.passwordIterations,
        [&ctx, userId = user.id, caller = request.caller,
         fields](const Credentials::PasswordHash &hash) {
            // A reset meanwhile ended every session: this one may no longer write.
            if (caller.isUser() && !ctx.users.sessionIdsOfUser(userId).contains(caller.sessionId))
                throw ApiFailure(401, QStringLiteral("UNAUTHENTICATED_CLIENT"));
            return applyUserUpdate(ctx, userId, fields, hash);
        });
}

HttpReply deleteUser(const SandboxContext &ctx, ApiRequest &request)
{
    const User user = targetUser(ctx, request, QStringLiteral("byou"));
    Transaction transaction(ctx.db);
    const QList<Home> homes = ctx.homes.homesOfUser(user.id);
    for (const Home &home : homes) {
        const auto membership = ctx.homes.member(home.id, user.id);
        const bool onlyOwner = membership->role == OwnerRole && ctx.homes.ownerCount(home.id) == 1;
        if (onlyOwner && ctx.homes.memberCount(home.id) > 1) {
            throw ApiFailure(403, QStringLiteral("LAST_OWNER"),
                             {{QStringLiteral("homeId"), home.id}});
        }
    }
    for (const Home &home : homes) {
        if (ctx.homes.memberCount(home.id) == 1)
            removeHome(ctx, home.id);  // nobody else would ever see it again
    }
    const QList<qint64> sessions = ctx.users.sessionIdsOfUser(user.id);
    ctx.users.deleteUser(user.id);
    transaction.commit();
    for (qint64 sessionId : sessions)
        ctx.hub.closeSession(sessionId, QStringLiteral("USER_DELETED"));
    return HttpReply::noContent();
}

HttpReply sessionInfo(const SandboxContext &ctx, ApiRequest &request)
{
    Access::requireUser(request.caller);
    UserSessionInfo info{request.caller.userId, ctx.project.projectId(), request.caller.appId,
                         timeFromMs(request.caller.sessionCreationMs)};
    return HttpReply::json(200, Json::encode(info));
}

HttpReply terminateSession(const SandboxContext &ctx, ApiRequest &request)
{
    Access::requireUser(request.caller);
    ctx.users.deleteSession(request.caller.sessionId);
    ctx.hub.closeSession(request.caller.sessionId, QStringLiteral("SESSION_TERMINATED"));
    return HttpReply::noContent();
}

}  // namespace

void addUserRoutes(Router &router, const SandboxContext &ctx)
{
    const auto bind = [&ctx](ContextHandler handler) {
        return withContext(ctx, handler);
    };
    router.add(HttpMethod::Post, QStringLiteral("/users"), bind(createUser));
    router.add(HttpMethod::Get, QStringLiteral("/users/{userId}"), bind(getUser));
    router.add(HttpMethod::Patch, QStringLiteral("/users/{userId}"), bind(updateUser));
    router.add(HttpMethod::Delete, QStringLiteral("/users/{userId}"), bind(deleteUser));
    router.add(HttpMethod::Get, QStringLiteral("/userSession"), bind(sessionInfo));
    router.add(HttpMethod::Delete, QStringLiteral("/userSession"), bind(terminateSession));
}

}  // namespace ModeDesk::Sandbox::Routes
