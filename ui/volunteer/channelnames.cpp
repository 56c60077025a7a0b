#include "volunteer/channelnames.h"
#include "volunteer/serviceorder.h"

#include <QCoreApplication>

namespace jy {

QString channelName(const QString &channel)
{
    if (channel == order_channel::Counter)
        return QCoreApplication::translate("jy::OrderChannel", "at the counter");
    if (channel == order_channel::Phone)
        return QCoreApplication::translate("jy::OrderChannel", "by phone");
    if (channel == order_channel::GridWorker)
        return QCoreApplication::translate("jy::OrderChannel", "through a grid worker");
    return channel;
}

QStringList orderChannels()
{
    return {order_channel::Counter, order_channel::Phone, order_channel::GridWorker};
}

} // namespace jy
