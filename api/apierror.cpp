#include "apierror.h"

namespace ModeDesk {

QString ApiError::describe() const
{
    const QString target = QStringLiteral("%1 %2").arg(method, url.toString(QUrl::RemoveUserInfo));
    switch (kind) {
        case Kind::Http:
            return reason.isEmpty()
                       ? QStringLiteral("Server replied %1 to %2").arg(httpStatus).arg(target)
                       : QStringLiteral("Server replied %1 (%2) to %3")
                             .arg(httpStatus)
                             .arg(reason, target);
        case Kind::Network:
            return QStringLiteral("No answer to %1: %2").arg(target, message);
        case Kind::Timeout:
            return QStringLiteral("No answer to %1 in time: %2").arg(target, message);
        case Kind::Cancelled:
            return QStringLiteral("Cancelled %1").arg(target);
        case Kind::MalformedReply:
            return QStringLiteral("Unreadable answer to %1: %2").arg(target, message);
        case Kind::RedirectRefused:
            return QStringLiteral("Refused to follow a redirect of %1: %2").arg(target, message);
        case Kind::TooLarge:
            return QStringLiteral("Dropped the answer to %1: %2").arg(target, message);
    }
    return message;
}

}  // namespace ModeDesk
