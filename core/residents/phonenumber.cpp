#include "residents/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jy {

PhoneCheck PhoneNumber::check(const QString &input)
{
    PhoneCheck result;
    QString text;
    for (QChar c : input) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c.unicode() == 0xFF0D || c == QChar(u'—') || c == QChar(u'－'))
            c = QLatin1Char('-');
        if (!c.isSpace())
            text.append(c);
    }
    if (text.startsWith(QLatin1String("+86")))
        text.remove(0, 3);
    result.normalized = text;
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^(?:(0\\d{2,3})-?)?([2-9]\\d{6,7})(?:-(\\d{1,6}))?$"));
    // Mobiles are often written in groups: 138-1234-5678.
    const QString undashed = QString(text).remove(QLatin1Char('-'));
    if (mobile.match(undashed).hasMatch()) {
        result.valid = true;
        result.normalized = undashed;
        return result;
    }
    const QRegularExpressionMatch m = landline.match(text);
    if (m.hasMatch()) {
        result.valid = true;
        result.normalized = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1) + QLatin1Char('-') + m.captured(2);
        if (!m.captured(3).isEmpty())
            result.normalized += QLatin1Char('-') + m.captured(3);
        return result;
    }
    if (text.size() == 11 && text.startsWith(QLatin1Char('1')))
        result.reason = QCoreApplication::translate("jy::PhoneNumber", "A mobile number starts with 13–19");
    else if (text.startsWith(QLatin1Char('1')))
        result.reason = QCoreApplication::translate("jy::PhoneNumber", "A mobile number has 11 digits, this one has %1").arg(undashed.size());
    else
        result.reason = QCoreApplication::translate("jy::PhoneNumber", "Not a phone number: use 11 mobile digits or a landline such as 0411-84123456");
    return result;
}

QString PhoneNumber::mask(const QString &phone)
{
    if (phone.size() >= 11)
        return phone.left(3) + QStringLiteral("****") + phone.right(4);
    if (phone.size() > 4)
        return QString(phone.size() - 4, QLatin1Char('*')) + phone.right(4);
    return phone;
}

} // namespace jy
