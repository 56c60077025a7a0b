#include "import/headermatcher.h"
#include "import/cellvalue.h"

#include <QRegularExpression>

namespace jy {

const QList<QPair<QString, QStringList>> &HeaderMatcher::fields()
{
    // Header names are data seen in real rosters, not user interface text.
    static const QList<QPair<QString, QStringList>> all = {
        {QStringLiteral("name"), {QStringLiteral("姓名"), QStringLiteral("居民姓名"), QStringLiteral("名字"), QStringLiteral("人员姓名")}},
        {QStringLiteral("id_number"), {QStringLiteral("身份证号"), QStringLiteral("身份证号码"), QStringLiteral("公民身份号码"),
                                       QStringLiteral("身份证"), QStringLiteral("证件号码"), QStringLiteral("证件号")}},
        {QStringLiteral("sex"), {QStringLiteral("性别")}},
        {QStringLiteral("birth_date"), {QStringLiteral("出生日期"), QStringLiteral("出生年月"), QStringLiteral("生日"), QStringLiteral("出生年月日")}},
        {QStringLiteral("phone"), {QStringLiteral("联系电话"), QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("手机号"),
                                   QStringLiteral("手机号码"), QStringLiteral("联系方式"), QStringLiteral("电话号码")}},
        {QStringLiteral("residence_type"), {QStringLiteral("人口类别"), QStringLiteral("户籍类型"), QStringLiteral("人员类别"),
                                            QStringLiteral("居住类型"), QStringLiteral("人口类型")}},
        {QStringLiteral("ethnicity"), {QStringLiteral("民族")}},
        {QStringLiteral("relation"), {QStringLiteral("与户主关系"), QStringLiteral("与户主的关系"), QStringLiteral("家庭关系"), QStringLiteral("关系")}},
        {QStringLiteral("household_no"), {QStringLiteral("户号"), QStringLiteral("户编号"), QStringLiteral("家庭编号")}},
        {QStringLiteral("community"), {QStringLiteral("社区"), QStringLiteral("所属社区"), QStringLiteral("社区名称")}},
        {QStringLiteral("grid"), {QStringLiteral("网格"), QStringLiteral("所属网格"), QStringLiteral("网格名称")}},
        {QStringLiteral("estate"), {QStringLiteral("小区"), QStringLiteral("小区名称"), QStringLiteral("所在小区")}},
        {QStringLiteral("building"), {QStringLiteral("楼栋"), QStringLiteral("楼号"), QStringLiteral("楼栋号"), QStringLiteral("栋")}},
        {QStringLiteral("unit"), {QStringLiteral("单元"), QStringLiteral("单元号")}},
        {QStringLiteral("room"), {QStringLiteral("房号"), QStringLiteral("室"), QStringLiteral("门牌号"), QStringLiteral("房间号")}},
        {QStringLiteral("address"), {QStringLiteral("住址"), QStringLiteral("现住址"), QStringLiteral("家庭住址"), QStringLiteral("居住地址"),
                                     QStringLiteral("地址")}},
        {QStringLiteral("tags"), {QStringLiteral("标签"), QStringLiteral("人员标签"), QStringLiteral("特殊人群")}},
        {QStringLiteral("notes"), {QStringLiteral("备注"), QStringLiteral("说明")}},
    };
    return all;
}

QString HeaderMatcher::fieldForHeader(const QString &header)
{
    static const QRegularExpression notes(QStringLiteral("[（(][^）)]*[）)]"));
    static const QRegularExpression noise(QStringLiteral("[\\s*＊:：]"));
    QString key = CellValue::halfWidth(header);
    key.remove(notes).remove(noise);
    if (key.isEmpty())
        return {};
    for (const auto &[field, names] : fields()) {
        if (names.contains(key) || key.compare(field, Qt::CaseInsensitive) == 0)
            return field;
    }
    return {};
}

QHash<int, QString> HeaderMatcher::map(const QStringList &headers)
{
    QHash<int, QString> mapping;
    for (int c = 0; c < headers.size(); ++c) {
        const QString field = fieldForHeader(headers.at(c));
        if (!field.isEmpty() && mapping.key(field, -1) < 0)
            mapping.insert(c, field);
    }
    return mapping;
}

HeaderMatcher::Match HeaderMatcher::find(const QList<QStringList> &rows, int maxRows)
{
    Match best;
    int bestHits = 1;
    for (int r = 0; r < rows.size() && r < maxRows; ++r) {
        Match candidate;
        candidate.headerRow = r;
        int hits = 0;
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString header = rows.at(r).at(c);
            const QString field = fieldForHeader(header);
            if (!field.isEmpty() && candidate.columnOf(field) < 0) {
                candidate.fieldByColumn.insert(c, field);
                ++hits;
            } else if (!header.trimmed().isEmpty()) {
                candidate.unmatchedHeaders << header.trimmed();
            }
        }
        if (hits > bestHits && candidate.columnOf(QStringLiteral("name")) >= 0) {
            best = candidate;
            bestHits = hits;
        }
    }
    return best;
}

} // namespace jy
