#include "modeobjects.h"

namespace ModeDesk {

QString accountModeName(AccountMode mode)
{
    switch (mode) {
        case AccountMode::Email:
            return QStringLiteral("email");
        case AccountMode::Phone:
            return QStringLiteral("phone");
        case AccountMode::Byou:
            return QStringLiteral("byou");
    }
    return {};
}

bool parseAccountMode(const QString &name, AccountMode *mode)
{
    for (AccountMode candidate : {AccountMode::Email, AccountMode::Phone, AccountMode::Byou}) {
        if (name.compare(accountModeName(candidate), Qt::CaseInsensitive) == 0) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

}  // namespace ModeDesk
