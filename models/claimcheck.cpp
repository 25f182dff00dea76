#include "claimcheck.h"

namespace ModeDesk::ClaimCheck {

Verdict locate(const QList<Device> &homeDevices, qint64 knownId, const QString &name,
               const QString &tag, const QSet<qint64> &taken)
{
    if (knownId != 0) {
        const bool here = std::any_of(homeDevices.cbegin(), homeDevices.cend(),
                                      [knownId](const Device &d) { return d.id == knownId; });
        return {here ? Verdict::Place::Here : Verdict::Place::Elsewhere, here ? knownId : 0};
    }
    if (name.isEmpty())
        return {};
    qint64 match = 0;
    for (const Device &d : homeDevices) {
        if (d.name != name || (!tag.isEmpty() && d.tag != tag) || taken.contains(d.id))
            continue;
        if (match != 0)
            return {};  // two devices answer to it: no telling which
        match = d.id;
    }
    return match != 0 ? Verdict{Verdict::Place::Here, match} : Verdict{};
}

QList<qint64> newcomers(const QList<Device> &homeDevices, const QDateTime &since,
                        const QSet<qint64> &taken)
{
    QList<qint64> ids;
    if (!since.isValid())
        return ids;
    // Slack: the server's clock and this one need not agree (a wider list only asks more).
    const QDateTime from = since.addSecs(-120);
    for (const Device &d : homeDevices) {
        if (!taken.contains(d.id) && d.claimTime.isValid() && d.claimTime >= from)
            ids.append(d.id);
    }
    return ids;
}

}  // namespace ModeDesk::ClaimCheck
