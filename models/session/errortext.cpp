#include "errortext.h"

#include <QCoreApplication>

namespace ModeDesk::ErrorText {

namespace {
// lupdate files these under the namespace's name, so the context must match it.
QString tr(const char *text)
{
    return QCoreApplication::translate("ModeDesk::ErrorText", text);
}
}  // namespace

QString explain(const ApiError &error)
{
    switch (error.kind) {
        case ApiError::Kind::Network:
            return tr("Cannot reach %1. Check the network and the server address in the profile.")
                .arg(error.url.host());
        case ApiError::Kind::Timeout:
            return tr("%1 did not answer in time. Try again; if it keeps happening, the server may "
                      "be overloaded.")
                .arg(error.url.host());
        case ApiError::Kind::Cancelled:
            return tr("Cancelled.");
        // The wire's particulars (which byte, how many MB, where to) are in Details:
        // these words are the user's, whole in every language.
        case ApiError::Kind::MalformedReply:
            return tr("The server sent an answer ModeDesk cannot read. Nothing was changed here; "
                      "check that the profile points at a MODE API.");
        case ApiError::Kind::TooLarge:
            return tr("%1 sent an answer too large to take, so it was dropped and nothing was "
                      "changed here. The server may be misbehaving: try again later, or tell its "
                      "operator.")
                .arg(error.url.host());
        case ApiError::Kind::RedirectRefused:
            return tr("The server redirected the request elsewhere, so it was not sent. Check the "
                      "server address in the profile.");
        case ApiError::Kind::Http:
            break;
    }
    const QString &r = error.reason;
    if (error.httpStatus == 401)
        return tr("Your key no longer works (signed out, or the session ended). Sign in again.");
    if (error.httpStatus == 429) {
        const int seconds = error.data.value(QStringLiteral("retryAfterSeconds")).toInt();
        const QString wait = seconds >= 120 ? tr("about %1 min").arg((seconds + 59) / 60)
                                            : tr("%1 s").arg(qMax(1, seconds));
        return r == QLatin1String("TOO_MANY_ATTEMPTS")
                   ? tr("Too many wrong tries: wait %1, then try again (or reset the password).")
                         .arg(wait)
                   : tr("Too many requests: wait %1, then try again.").arg(wait);
    }
    if (error.httpStatus == 503)
        return tr("The server is busy (503). Wait a moment and try again.");
    if (error.httpStatus >= 500)
        return tr("The server failed (%1 %2). Try again later.").arg(error.httpStatus).arg(r);
    if (r == QLatin1String("NOT_A_USER_KEY"))
        return error.message;  // Session words it (which kind of key it is)
    if (r == QLatin1String("LAST_OWNER"))
        return tr("This is the home's only owner. Add another owner before removing them.");
    if (r == QLatin1String("MEMBER_EXISTS"))
        return tr("That person is already a member of this home.");
    if (r == QLatin1String("USER_EXISTS"))
        return tr(
            "An account with that address already exists. Sign in instead, or reset the password.");
    if (r == QLatin1String("USER_EXISTS_UNVERIFIED"))
        return tr("That account exists but is not verified yet. Send the verification again.");
    if (r == QLatin1String("USER_UNVERIFIED"))
        return tr(
            "This account is not verified yet. Open the verification mail, or send it again.");
    if (r == QLatin1String("UNKNOWN_EMAIL"))
        return tr("No account uses that email address. Check it, or sign up.");
    if (r == QLatin1String("UNKNOWN_PHONE_NUMBER"))
        return tr("No account uses that phone number. Check it, or sign up.");
    if (r == QLatin1String("INCORRECT_PASSWORD"))
        return tr("Wrong password. Try again, or reset it.");
    if (r == QLatin1String("INVALID_AUTH_CODE"))
        return tr("That code is wrong or expired (codes last 10 minutes). Ask for a new one.");
    if (r == QLatin1String("INVALID_TOKEN"))
        return tr("That token is wrong, expired or already used. Ask for a new one.");
    if (r == QLatin1String("INVALID_EMAIL"))
        return tr("That is not an email address.");
    if (r == QLatin1String("INVALID_PHONE_NUMBER"))
        return tr("That is not a phone number. Use the international form, e.g. +15555550100.");
    if (r == QLatin1String("PASSWORD_TOO_SHORT"))
        return tr("The password is too short: use at least 8 characters.");
    if (r == QLatin1String("PASSWORD_TOO_WEAK"))
        return tr("The password is too easy to guess. Choose another.");
    if (r == QLatin1String("EMAIL_IN_USE"))
        return tr("Another account already uses that email address.");
    if (r == QLatin1String("INVALID_KEY"))
        return tr(
            "Keys use letters, digits, '_' and '-', start and end with a letter or digit, and "
            "have at most 64 characters.");
    if (r == QLatin1String("INVALID_VALUE"))
        return tr("The value must be JSON and not null.");
    if (r == QLatin1String("VALUE_TOO_LARGE"))
        return tr("The value is too large (at most 64 KiB of JSON).");
    if (r == QLatin1String("DEVICE_OFFLINE"))
        return tr("The device is offline: it cannot take commands until it reconnects.");
    if (r == QLatin1String("DEVICE_NOT_CLAIMABLE"))
        return tr(
            "The device is not in claim mode. Put it in claim mode (windows last 10 minutes by "
            "default) and try again.");
    if (r == QLatin1String("DEVICE_ALREADY_IN_HOME"))
        return tr("The device already belongs to a home. Remove it there first.");
    if (r == QLatin1String("INVALID_CLAIM_CODE"))
        return tr("No device has that claim code. Check the label.");
    if (r == QLatin1String("EXCEEDED_MAX_HOMES"))
        return tr("This account has the most homes allowed.");
    if (r == QLatin1String("EXCEEDED_MAX_USERS"))
        return tr("This home has the most members allowed.");
    if (r == QLatin1String("PERMISSION_DENIED"))
        return tr("This key is not allowed to do that. Sign in with an account that may, or ask "
                  "the home's owner.");
    if (r == QLatin1String("INVALID_APP_ID"))
        return tr("The profile's app id is not an app of this project. Fix it in the profile.");
    if (r == QLatin1String("INVALID_PROJECT_ID"))
        return tr("The profile's project id is wrong. Fix it in the profile.");
    if (r == QLatin1String("INVALID_INPUT")) {
        const QString field = error.data.value(QStringLiteral("field")).toString();
        const QString why = error.data.value(QStringLiteral("message")).toString();
        if (field == QLatin1String("timezone") || field == QLatin1String("timeZone"))
            return tr(
                "The server does not take this time zone. Pick another from the list, "
                "e.g. Europe/Berlin.");
        if (field == QLatin1String("name"))
            return tr("The server does not take this name (%1). Correct it and try again.")
                .arg(why);
        if (field == QLatin1String("tag"))
            return tr("The server does not take this tag (%1). Correct it and try again.").arg(why);
        return field.isEmpty() ? tr("The server refused the input. Check what was typed.")
                               : tr("The server refused the field “%1” (%2). Correct it and try "
                                    "again.")
                                     .arg(field, why);
    }
    if (error.httpStatus == 404)
        return tr("Not found: it was deleted, or this account cannot see it. Refresh the list.");
    if (error.httpStatus == 403)
        return tr("The server refused this account (403): it may not do that. Ask the home's "
                  "owner, or sign in with another account.");
    // Whatever else the server says: the words are ours, the wire's are in Details.
    return tr("The server refused the request (%1). Refresh and try again; if it keeps "
              "happening, the Details say what the server sent.")
        .arg(error.httpStatus);
}

}  // namespace ModeDesk::ErrorText
