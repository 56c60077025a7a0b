#include "demo/demonames.h"
#include "demo/demorandom.h"

#include <QList>
#include <QSet>
#include <vector>

namespace jy {

namespace {

// Weights roughly follow national frequencies, with the Shandong surnames of Dalian raised.
const char16_t kSurnames[] =
    u"王800 李700 张650 刘600 陈330 杨300 赵280 黄130 周160 吴150 徐150 孙260 胡110 朱120 高170 林110 "
    u"何80 郭130 马120 罗60 梁90 宋130 郑90 谢60 韩120 唐70 冯90 于280 董100 萧20 程60 曹70 袁50 邓40 "
    u"许70 傅40 沈50 曾25 彭40 吕80 苏60 卢50 蒋40 蔡40 贾70 丁70 魏70 薛50 叶40 阎40 余20 潘50 杜60 "
    u"戴40 夏40 钟30 汪30 田70 任60 姜160 范50 方40 石50 姚50 谭30 廖15 邹30 熊20 金50 陆30 郝50 孔40 "
    u"白50 崔70 康40 毛30 邱30 秦40 江30 史40 顾30 侯40 邵30 孟60 龙20 万30 段30 雷30 钱30 汤20 尹40 "
    u"黎10 易10 常40 武40 乔40 贺30 赖10 龚15 文20 曲90 隋50 鞠40 宫40 丛40 初30 栾30 邢40 谷30 鲍30 "
    u"车20 修20 关50 佟40 那15 富10 单20 毕40 迟40 纪30";

const char16_t kManchu[] = u"关佟那富";

// Per decade of birth: whole given names (one or two characters), and first/second characters
// that combine well into more two-character names of the same fashion.
struct Fashion
{
    int fromYear;
    const char16_t *maleWhole, *maleFirst, *maleSecond;
    const char16_t *femaleWhole, *femaleFirst, *femaleSecond;
};

const Fashion kFashions[] = {
    {0,
     u"福 贵 德 财 山 德福 宝山 玉林 永贵 树林 殿臣 长海 福山 广才 庆余 富贵 金山 振山 凤山 万福 德胜 有才 玉堂 连生 洪福 景山 子清 殿元 锡山 广义 凤岐 俊卿",
     u"德 福 宝 玉 永 树 殿 长 广 庆 富 金 振 凤 万 有 连 洪 景 锡 兴 文 俊",
     u"山 林 贵 臣 海 才 余 福 胜 堂 生 元 义 旺 岐 斌 卿 祥 全 和 顺 田 荣",
     u"秀英 桂英 玉兰 秀兰 桂兰 淑兰 凤兰 玉珍 淑珍 秀珍 桂芝 凤芝 秀芝 玉芝 素芳 桂荣 淑贤 玉梅 凤英 秀云 桂珍 玉凤 翠兰 桂香 玉清 淑云 春兰",
     u"秀 桂 玉 淑 凤 素 翠 春 金 宝 月",
     u"英 兰 珍 芝 芳 荣 贤 梅 云 香 清 琴 花 娥 莲"},
    {1940,
     u"福林 宝玉 永和 德明 志远 国栋 学文 长林 洪亮 振东 振国 庆和 殿武 玉成 凤林 恩 和 明 兴 荣 德福 宝山 永贵 树林 长海 富贵 金山 万福",
     u"德 福 宝 玉 永 树 长 广 庆 振 学 洪 志 国 殿 恩 文",
     u"林 玉 和 明 远 栋 文 亮 东 国 武 成 山 海 祥 福 才 生 奎",
     u"秀英 桂兰 淑芬 玉华 秀荣 桂琴 淑英 玉霞 凤珍 秀华 桂英 玉兰 秀兰 淑兰 凤兰 玉珍 淑珍 秀珍 桂芝 凤芝 素芳 桂荣 淑贤 玉梅 凤英 秀云 桂珍",
     u"秀 桂 玉 淑 凤 素 翠 春 金 美",
     u"英 兰 珍 芝 芳 荣 华 梅 云 香 琴 霞 芬"},
    {1950,
     u"建国 建华 国庆 建军 卫国 国华 志强 振华 保国 建设 和平 援朝 国强 学军 志刚 永刚 长春 德明 金生 国良 跃进 建民 爱国 新民 胜利 光明 庆华 国栋 文斌 志国 玉林 宝林 春生 福生 明 军 勇 平",
     u"建 国 振 志 永 德 玉 长 金 宝 立 世 庆 学 文 新 光 春",
     u"国 华 军 民 明 林 生 山 平 成 祥 福 忠 才 良 强 刚 胜",
     u"淑珍 秀兰 桂芳 玉华 秀芳 桂荣 淑华 凤琴 玉霞 秀梅 淑琴 丽华 美华 淑英 桂琴 桂华 兰英 素珍 凤霞 秀云 玉兰 淑芬 秀珍 桂兰 玉珍 凤云 秀英 亚琴",
     u"淑 秀 桂 玉 凤 素 美 丽 兰 亚 翠 春",
     u"珍 兰 芳 华 荣 琴 霞 梅 英 芬 云 娟 萍"},
    {1960,
     u"卫东 红军 卫红 建平 建明 志勇 立新 向东 跃进 国栋 建新 东升 宏伟 晓明 德胜 春生 永军 卫星 向阳 红卫 建伟 海军 志军 长江 庆丰 立军 伟 军 勇 斌 东 刚",
     u"卫 建 志 立 向 国 东 宏 晓 永 海 长 庆 红 文",
     u"东 军 平 明 勇 新 栋 升 伟 生 江 丰 强 华 波",
     u"红 丽 艳 红梅 丽华 艳华 秀梅 淑梅 晓红 春梅 丽娟 玉红 卫红 红霞 彩霞 凤霞 艳红 雪梅 冬梅 丽萍 红英 小红 秀丽 桂芳 美玲 晓梅 亚萍",
     u"红 丽 艳 秀 淑 晓 春 玉 彩 凤 雪 冬 美 亚",
     u"梅 华 红 霞 娟 萍 英 丽 玲 芳 琴 燕"},
    {1970,
     u"伟 勇 军 强 刚 斌 涛 鹏 磊 志强 海涛 建伟 晓东 永刚 立军 东 明 海波 宏伟 志刚 大伟 春雷 雷 峰 晓峰 海军 东亮 成刚 立国 建军 铁军 金龙",
     u"志 海 建 晓 永 立 宏 大 春 成 铁 金 国 德",
     u"强 涛 伟 东 刚 军 波 峰 雷 亮 龙 辉 鹏 斌",
     u"丽 静 艳 敏 燕 娜 霞 丽娜 晓燕 海燕 春燕 艳丽 丽丽 秀丽 晓丽 红艳 美玲 春丽 晓梅 雪 丽华 艳秋 丽萍 玉梅 晓红 金凤",
     u"丽 晓 海 春 艳 秀 红 美 玉 雪 金 冬",
     u"燕 丽 娜 艳 玲 梅 红 霞 秋 萍 华 杰"},
    {1980,
     u"磊 鹏 超 涛 浩 杰 亮 明 健 帅 鑫 伟 俊 宇 博 刚 海龙 晓东 大鹏 成龙 伟峰 志超 振宇 思远 鹏飞 晓光 明亮 文龙",
     u"海 晓 大 成 伟 志 振 鹏 明 文 俊 鑫 宏",
     u"龙 东 鹏 宇 峰 超 远 飞 光 亮 杰 磊 辉",
     u"丽 静 婷 娜 敏 倩 雪 丹 晶 颖 璐 莉 丽丽 婷婷 晓雪 佳 欢 娇 楠 蕾 微 晓丹 雪莹 丹丹 晶晶 慧 美娜 亚楠",
     u"晓 丽 雪 丹 晶 亚 美 思 婷 佳 欣",
     u"雪 丹 莹 楠 娜 婷 静 颖 慧 琳 妍"},
    {1990,
     u"浩 宇 杰 鑫 博 帅 昊 磊 鹏飞 浩宇 子豪 天宇 俊杰 家豪 文博 宇航 晨 旭 阳 鹏 凯 超 明 健 博文",
     u"浩 天 俊 家 文 宇 子 志 鹏 明 振 嘉",
     u"宇 豪 杰 博 航 鑫 阳 飞 龙 哲 涛 伟",
     u"婷 雪 颖 琪 悦 佳琪 欣 晶晶 思雨 雨婷 梦琪 佳慧 婧 丹丹 倩倩 莹 露 妍 晓雪 雪莹 佳怡 文静 晓彤 美琪 月 佳",
     u"佳 思 雨 梦 晓 雪 文 美 欣 诗",
     u"琪 雨 婷 慧 怡 彤 莹 悦 静 妍 雪"},
    {2000,
     u"浩然 子轩 宇轩 俊杰 子豪 浩宇 博文 宇航 家乐 天佑 明轩 皓轩 一鸣 思远 鑫磊 博涵 宇 昊 晨 哲 嘉豪 文轩",
     u"子 宇 浩 博 家 天 明 皓 一 思 俊 嘉",
     u"轩 然 豪 宇 文 航 乐 佑 鸣 远 涵 睿",
     u"欣怡 梓涵 雨欣 佳怡 思涵 子涵 梦瑶 诗涵 雨涵 可欣 心怡 晓彤 佳琪 雨萱 欣然 雪 婷 萌 悦 琳",
     u"欣 梓 雨 佳 思 子 梦 诗 可 心 晓",
     u"怡 涵 欣 瑶 萱 然 彤 琪 悦 琳"},
    {2010,
     u"浩然 宇轩 梓轩 子墨 一诺 奕辰 宇泽 沐宸 浩宇 睿 俊熙 梓豪 子睿 铭泽 皓轩 博文 锦程 承泽 思源 浩轩 梓睿 奕博 煜",
     u"梓 子 奕 宇 沐 浩 俊 铭 皓 锦 承 思",
     u"轩 墨 辰 泽 宸 熙 豪 睿 程 源 博 航",
     u"欣怡 梓涵 一诺 子涵 可馨 雨桐 梓萱 诗涵 语桐 欣妍 若汐 思彤 依诺 梦琪 紫萱 芷若 语嫣 梓琪 佳怡 安琪 雨涵 诗琪",
     u"梓 雨 诗 语 欣 若 思 依 紫 芷 可 佳",
     u"涵 桐 萱 妍 汐 彤 诺 琪 馨 嫣"},
    {2020,
     u"沐宸 浩宇 沐辰 茗泽 奕辰 宇泽 浩然 奕泽 宇轩 沐阳 一诺 景行 承宇 梓轩 言之 知行",
     u"沐 奕 宇 浩 承 景 梓 知 言 茗",
     u"宸 辰 泽 宇 阳 行 轩 然 之 睿",
     u"若汐 一诺 艺涵 依诺 梓涵 苡沫 雨桐 欣怡 语桐 语汐 梓萱 可馨 安然 知意 沐瑶 诗雨",
     u"若 艺 依 梓 苡 语 可 安 知 沐 诗",
     u"汐 涵 诺 沫 桐 萱 馨 然 意 瑶"},
};

QStringList words(const char16_t *text)
{
    return QString::fromUtf16(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct Pools
{
    QStringList whole, first, second;
};

struct Tables
{
    QStringList surnames;
    std::vector<double> surnameWeights;
    QList<Pools> male, female; // parallel to kFashions
};

const Tables &tables()
{
    static const Tables t = [] {
        Tables out;
        for (const QString &entry : words(kSurnames)) {
            out.surnames << entry.left(1);
            out.surnameWeights.push_back(entry.mid(1).toDouble());
        }
        for (const Fashion &f : kFashions) {
            out.male << Pools{words(f.maleWhole), words(f.maleFirst), words(f.maleSecond)};
            out.female << Pools{words(f.femaleWhole), words(f.femaleFirst), words(f.femaleSecond)};
        }
        return out;
    }();
    return t;
}

// Community 1 is the seed's 魅力社区; the others are invented but sound like 甘井子区.
const char16_t *const kCommunities[] = {
    u"魅力", u"椒房", u"华北路", u"辛寨子", u"虹港", u"泉水", u"锦华", u"春柳", u"红旗", u"西山",
    u"松江", u"明珠", u"华东路", u"金三角", u"虹锦", u"泉涌", u"东纬", u"甘林", u"兴华", u"千山",
    u"棠梨", u"海茂", u"中华路", u"东北路", u"双兴", u"岭前", u"泉溪", u"锦绣", u"翠竹", u"新华"};

const char16_t kEstateSuffixes[] =
    u"小区 南园 北园 东园 西园 A区 B区 C区 D区 花园 新村 家园 名苑 华庭 新居 嘉园 雅居 里";
const char16_t kBrandedEstates[] =
    u"万科城 保利溪湖林语 华润海中国 亿达春田 万达华府 中海寰宇天下 恒大绿洲 和泰名苑 远洋荣域 金地艺境 "
    u"星海湾壹号 绿城春风里 红星海 海创蓝湾 融创海逸长洲";

} // namespace

QString DemoNames::surname(DemoRandom &random)
{
    const Tables &t = tables();
    return t.surnames.at(random.weighted(t.surnameWeights));
}

QString DemoNames::givenName(DemoRandom &random, int birthYear, bool male)
{
    const Tables &t = tables();
    int index = 0;
    for (int i = 0; i < int(std::size(kFashions)); ++i) {
        if (birthYear >= kFashions[i].fromYear)
            index = i;
    }
    const Pools &pools = male ? t.male.at(index) : t.female.at(index);
    // Whole names keep the decade's familiar sound; combined ones add variety.
    if (random.chance(0.55))
        return pools.whole.at(random.below(int(pools.whole.size())));
    const QString first = pools.first.at(random.below(int(pools.first.size())));
    QString second = pools.second.at(random.below(int(pools.second.size())));
    if (second == first)
        second = pools.second.at((pools.second.indexOf(second) + 1) % int(pools.second.size()));
    return first + second;
}

bool DemoNames::isManchuSurname(const QString &surname)
{
    return surname.size() == 1 && QStringView(kManchu).contains(surname.at(0));
}

int DemoNames::communityCount()
{
    return int(std::size(kCommunities));
}

QString DemoNames::communityName(int index)
{
    return QString::fromUtf16(kCommunities[index]) + QStringLiteral("社区");
}

QStringList DemoNames::estateNames(DemoRandom &random, int index, int count)
{
    const QString stem = QString::fromUtf16(kCommunities[index]);
    QStringList out;
    if (index == 0)
        out << QStringLiteral("万科魅力之城");
    const QStringList suffixes = words(kEstateSuffixes);
    const QStringList branded = words(kBrandedEstates);
    // Mostly the old neighbourhood's name with a part or garden; now and then a developer's
    // estate, each developer's name in one community only.
    if (index > 0 && index <= branded.size() && count > 1 && random.chance(0.5))
        out << branded.at(index - 1);
    while (out.size() < count) {
        const QString name = stem + suffixes.at(random.below(int(suffixes.size())));
        if (!out.contains(name))
            out << name;
    }
    return out;
}

} // namespace jy
