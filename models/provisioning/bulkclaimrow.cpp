#include "bulkclaimrow.h"

#include <array>
#include <utility>

namespace ModeDesk {

namespace {
using Status = BulkClaimRow::Status;
using Outcome = BulkClaimRow::Outcome;

constexpr std::array<std::pair<Status, const char *>, 6> StatusNames{{
    {Status::Pending, "pending"},
    {Status::Claiming, "claiming"},
    {Status::Naming, "naming"},
    {Status::Claimed, "claimed"},
    {Status::Failed, "failed"},
    {Status::Skipped, "skipped"},
}};

constexpr std::array<std::pair<Outcome, const char *>, 14> OutcomeNames{{
    {Outcome::None, ""},
    {Outcome::Claimed, "claimed"},
    {Outcome::AlreadyHere, "alreadyHere"},
    {Outcome::InAnotherHome, "inAnotherHome"},
    {Outcome::InUnknownHome, "inUnknownHome"},
    {Outcome::MaybeHere, "maybeHere"},
    {Outcome::NotClaimable, "notClaimable"},
    {Outcome::UnknownCode, "unknownCode"},
    {Outcome::NamingFailed, "namingFailed"},
    {Outcome::Refused, "refused"},
    {Outcome::NotACode, "notACode"},
    {Outcome::Duplicate, "duplicate"},
    {Outcome::InClaimMode, "inClaimMode"},
    {Outcome::WaitingForServer, "waitingForServer"},
}};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &name,
             bool *ok)
{
    for (const auto &[v, text] : names) {
        if (name == QLatin1String(text)) {
            if (ok)
                *ok = true;
            return v;
        }
    }
    if (ok)
        *ok = false;
    return names.front().first;
}
}  // namespace

QString bulkClaimStatusName(Status status)
{
    return nameOf(StatusNames, status);
}

Status bulkClaimStatusFromName(const QString &name, bool *ok)
{
    return valueOf(StatusNames, name, ok);
}

QString bulkClaimOutcomeName(Outcome outcome)
{
    return nameOf(OutcomeNames, outcome);
}

Outcome bulkClaimOutcomeFromName(const QString &name, bool *ok)
{
    return valueOf(OutcomeNames, name, ok);
}

}  // namespace ModeDesk
