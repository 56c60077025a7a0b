#pragma once
#include "common/result.h"

#include <QCoreApplication>

namespace jy {

class Database;
class Session;

// What the first-run wizard asks for a new office's own community.
struct NewCommunity
{
    QString streetName;     // 辛寨子街道
    QString communityName;  // 魅力社区
    QString code;           // 12-digit division code (统计用区划代码); its first 9 digits are the street's
    QString address;        // the office's address, printed on reports and notices
};

// Sets up the community an office works for: fills in the placeholder that `init` leaves (or
// adds a community next to existing ones), with its street found or created by code.
class CommunitySetup
{
    Q_DECLARE_TR_FUNCTIONS(jy::CommunitySetup)
public:
    static FieldErrors check(const NewCommunity &community);
    static Result<qint64> create(Database &db, const Session &session, const NewCommunity &community);
};

} // namespace jy
