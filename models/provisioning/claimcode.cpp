#include "claimcode.h"

#include <QCoreApplication>

namespace ModeDesk::ClaimCode {

namespace {
constexpr QLatin1StringView Alphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
constexpr int GroupLength = 4;
constexpr int Groups = 3;

QString bare(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c != QLatin1Char('-') && !c.isSpace())
            out += c.toUpper();
    }
    return out;
}
}  // namespace

QString problem(const QString &text)
{
    const QString code = bare(text);
    if (code.isEmpty())
        return QCoreApplication::translate("ModeDesk::ClaimCode",
                                           "Type or paste the code from the device's label.");
    for (const QChar c : code) {
        if (!Alphabet.contains(c)) {
            if (QStringLiteral("IO01").contains(c))
                return QCoreApplication::translate(
                           "ModeDesk::ClaimCode",
                           "Claim codes have no I, O, 0 or 1 (they read alike): check the label "
                           "for “%1”.")
                    .arg(c);
            return QCoreApplication::translate(
                       "ModeDesk::ClaimCode",
                       "“%1” cannot be in a claim code: they use letters and the digits 2-9.")
                .arg(c);
        }
    }
    if (code.size() != GroupLength * Groups)
        return QCoreApplication::translate(
                   "ModeDesk::ClaimCode",
                   "A claim code has 12 characters (ABCD-EFGH-JKLM); this has %1.")
            .arg(code.size());
    return {};
}

QString normalized(const QString &text)
{
    if (!problem(text).isEmpty())
        return {};
    const QString code = bare(text);
    return code.mid(0, GroupLength) + QLatin1Char('-') + code.mid(GroupLength, GroupLength) +
           QLatin1Char('-') + code.mid(2 * GroupLength);
}

}  // namespace ModeDesk::ClaimCode
