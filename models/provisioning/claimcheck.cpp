#include "claimcheck.h"

namespace ModeDesk::ClaimCheck {

namespace {
// Slack: the server's clock and this one need not agree (a wider list only asks more).
constexpr int ClockSlackSeconds = 120;

bool isNewcomer(const Device &d, const QDateTime &since)
{
    return since.isValid() && d.claimTime.isValid() &&
           d.claimTime >= since.addSecs(-ClockSlackSeconds);
}
}  // namespace

Verdict locate(const QList<Device> &homeDevices, qint64 knownId, const QString &name,
               const QString &tag, const QDateTime &since, const Taken &taken)
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
        if (d.name != name || (!tag.isEmpty() && d.tag != tag) || !isNewcomer(d, since) ||
            taken(d.id))
            continue;
        if (match != 0)
            return {};  // two devices answer to it: no telling which
        match = d.id;
    }
    return match != 0 ? Verdict{Verdict::Place::Here, match} : Verdict{};
}

QList<qint64> newcomers(const QList<Device> &homeDevices, const QDateTime &since,
                        const Taken &taken)
{
    QList<qint64> ids;
    for (const Device &d : homeDevices) {
        if (isNewcomer(d, since) && !taken(d.id))
            ids.append(d.id);
    }
    return ids;
}

}  // namespace ModeDesk::ClaimCheck
