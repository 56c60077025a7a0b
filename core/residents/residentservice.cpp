#include "residents/residentservice.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/conflict.h"
#include "db/database.h"
#include "db/transaction.h"
#include "idnumber/idnumber.h"
#include "residents/phonenumber.h"
#include "residents/residentcodes.h"
#include "residents/residentrules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::ResidentService", text); }
const QString kEntity = QStringLiteral("resident");
} // namespace

ResidentService::ResidentService(Database &db, const Session &session)
    : mDb(db), mSession(session), mStore(db)
{
}

Status ResidentService::checkPermission() const
{
    if (!mSession.can(Permission::EditResidents))
        return Status::fail(QString(), tr("Your role (%1) may not change residents.").arg(Session::roleName(mSession.role())));
    return success();
}

Status ResidentService::conflict(const Resident &before) const
{
    return Status::fail(kConflictField, tr("Someone else changed %1's record after you opened it, so your changes were not saved. "
                                           "Reload the record to see the latest version, then make your changes again.")
                                            .arg(before.name));
}

Result<Resident> ResidentService::prepare(const Resident &input) const
{
    Resident r = input;
    FieldErrors errors = ResidentRules::normalise(r);
    const bool idUsable = !r.idNumber.isEmpty()
        && std::none_of(errors.cbegin(), errors.cend(), [](const FieldError &e) { return e.field == QLatin1String("id_number"); });
    if (idUsable) {
        const qint64 owner = mStore.idByIdNumber(r.idNumber);
        if (owner && owner != r.id)
            errors.append({QStringLiteral("id_number"),
                           tr("This ID number is already registered for %1.").arg(mStore.nameOf(owner))});
    }

    if (r.householdId) {
        if (!mStore.householdExists(r.householdId)) {
            errors.append({QStringLiteral("household"), tr("The household does not exist.")});
        } else if (r.relation == relation::Head) {
            const qint64 head = mStore.headOf(r.householdId);
            if (head && head != r.id)
                errors.append({QStringLiteral("relation"),
                               tr("This household already has a head: %1.").arg(mStore.nameOf(head))});
        }
    }
    const QStringList unknown = mStore.unknownTags(r.tags);
    if (!unknown.isEmpty())
        errors.append({QStringLiteral("tags"), tr("Unknown tags: %1").arg(unknown.join(QStringLiteral(", ")))});
    if (!errors.isEmpty())
        return errors;
    return r;
}

Result<qint64> ResidentService::create(const Resident &input)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    if (Status inScope = Scope::household(mDb, mSession, input.householdId); !inScope)
        return inScope.errors();
    Resident candidate = input;
    candidate.id = 0;
    Result<Resident> prepared = prepare(candidate);
    if (!prepared)
        return prepared.errors();
    Transaction tx(mDb);
    const qint64 id = mStore.insert(prepared.value());
    AuditLog::record(mDb, mSession, QStringLiteral("create"), kEntity, id, AuditLog::diff({}, prepared.value().toMap()));
    tx.commit();
    return id;
}

Status ResidentService::update(const Resident &input)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    const std::optional<Resident> before = mStore.find(input.id);
    if (!before)
        return Status::fail(QString(), tr("The resident no longer exists."));
    if (Status inScope = Scope::resident(mDb, mSession, input.id); !inScope)
        return inScope;
    if (input.householdId != before->householdId)
        if (Status inScope = Scope::household(mDb, mSession, input.householdId); !inScope)
            return inScope;
    Result<Resident> prepared = prepare(input);
    if (!prepared)
        return prepared.errors();
    Transaction tx(mDb);
    if (before->householdId != prepared.value().householdId) {
        if (Status handed = handOverHead(*before, 0); !handed)
            return handed;
    }
    if (!mStore.update(prepared.value()))
        return conflict(*before);
    const QJsonObject changes = AuditLog::diff(before->toMap(), prepared.value().toMap());
    if (!changes.isEmpty())
        AuditLog::record(mDb, mSession, QStringLiteral("update"), kEntity, input.id, changes);
    if (before->householdId != prepared.value().householdId)
        dropHouseholdIfEmpty(before->householdId);
    tx.commit();
    return success();
}

Status ResidentService::handOverHead(const Resident &leaving, qint64 newHeadId)
{
    if (!leaving.householdId || leaving.relation != relation::Head)
        return success();
    if (mStore.memberCount(leaving.householdId) <= 1)
        return success();
    if (!newHeadId)
        return Status::fail(QStringLiteral("household"),
                            tr("%1 is the head of a household with other members: choose the new head first.").arg(leaving.name));
    const std::optional<Resident> heir = mStore.find(newHeadId);
    if (!heir || heir->householdId != leaving.householdId || heir->id == leaving.id)
        return Status::fail(QStringLiteral("household"), tr("The new head must be another member of the same household."));
    // The unique "one head per household" index needs the old head gone first.
    mStore.setRelation(leaving.id, relation::Other);
    mStore.setRelation(newHeadId, relation::Head);
    AuditLog::record(mDb, mSession, QStringLiteral("update"), kEntity, newHeadId,
                     AuditLog::diff({{QStringLiteral("relation"), heir->relation}}, {{QStringLiteral("relation"), relation::Head}}));
    return success();
}

void ResidentService::dropHouseholdIfEmpty(qint64 householdId)
{
    if (!householdId || mStore.memberCount(householdId) > 0)
        return;
    const QVariantMap before = mStore.householdMap(householdId);
    mStore.removeHousehold(householdId);
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), QStringLiteral("household"), householdId, AuditLog::diff(before, {}));
}

Status ResidentService::remove(qint64 id, qint64 newHeadId)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    const std::optional<Resident> before = mStore.find(id);
    if (!before)
        return Status::fail(QString(), tr("The resident no longer exists."));
    if (Status inScope = Scope::resident(mDb, mSession, id); !inScope)
        return inScope;
    Transaction tx(mDb);
    if (Status handed = handOverHead(*before, newHeadId); !handed)
        return handed;
    mStore.remove(id);
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), kEntity, id, AuditLog::diff(before->toMap(), {}));
    dropHouseholdIfEmpty(before->householdId);
    tx.commit();
    return success();
}

Status ResidentService::moveToHousehold(qint64 id, qint64 householdId, const QString &relation, qint64 newHeadId)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    const std::optional<Resident> before = mStore.find(id);
    if (!before)
        return Status::fail(QString(), tr("The resident no longer exists."));
    if (Status inScope = Scope::resident(mDb, mSession, id); !inScope)
        return inScope;
    if (Status inScope = Scope::household(mDb, mSession, householdId); !inScope)
        return inScope;
    if (before->householdId == householdId)
        return Status::fail(QStringLiteral("household"), tr("%1 already belongs to this household.").arg(before->name));
    Transaction tx(mDb);
    if (Status handed = handOverHead(*before, newHeadId); !handed)
        return handed;
    Resident moved = *before;
    moved.householdId = householdId;
    moved.relation = relation;
    Result<Resident> prepared = prepare(moved);
    if (!prepared)
        return prepared.errors();
    if (!mStore.update(prepared.value()))
        return conflict(*before);
    AuditLog::record(mDb, mSession, QStringLiteral("move"), kEntity, id, AuditLog::diff(before->toMap(), prepared.value().toMap()));
    dropHouseholdIfEmpty(before->householdId);
    tx.commit();
    return success();
}

Result<qint64> ResidentService::createHousehold(qint64 dwellingId, const QString &code)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    if (Status inScope = Scope::dwelling(mDb, mSession, dwellingId); !inScope)
        return inScope.errors();
    Transaction tx(mDb);
    const qint64 id = mStore.createHousehold(dwellingId, code);
    AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("household"), id,
                     AuditLog::diff({}, mStore.householdMap(id)));
    tx.commit();
    return id;
}

std::optional<Resident> ResidentService::find(qint64 id) const
{
    return mStore.find(id);
}

QList<Resident> ResidentService::householdMembers(qint64 householdId) const
{
    return mStore.members(householdId);
}

} // namespace jy
