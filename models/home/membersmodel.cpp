#include "membersmodel.h"

#include "modelformat.h"
#include "modelroles.h"

namespace ModeDesk {

int MembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HomeMember &m = record(index.row());
    const QString contact = !m.email.isEmpty() ? m.email : m.phoneNumber;
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case NameColumn:
                    return m.name.isEmpty() ? tr("(invited)") : m.name;
                case ContactColumn:
                    return contact.isEmpty() ? tr("User %1").arg(m.userId) : contact;
                case RoleColumn:
                    return m.role == QLatin1String("owner") ? tr("Owner") : tr("Member");
                case StatusColumn:
                    return m.verified ? tr("Verified") : tr("Invited, not verified");
                case JoinedColumn:
                    return ModelFormat::dateTime(m.creationTime);
            }
            break;
        case IdRole:
            return m.userId;
        case SortRole:
            return index.column() == JoinedColumn ? QVariant(m.creationTime.toMSecsSinceEpoch())
                                                  : data(index, Qt::DisplayRole);
        case FilterRole:
            return QStringList{m.name, contact, m.role}.join(QLatin1Char(' '));
    }
    return {};
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case NameColumn:
            return tr("Name");
        case ContactColumn:
            return tr("Email / phone / id");
        case RoleColumn:
            return tr("Role");
        case StatusColumn:
            return tr("Account");
        case JoinedColumn:
            return tr("Member since");
    }
    return {};
}

}  // namespace ModeDesk
