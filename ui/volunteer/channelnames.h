#pragma once
#include <QString>
#include <QStringList>

namespace jy {

// How an order came in, in the user's words: counter, phone, grid worker.
QString channelName(const QString &channel);
QStringList orderChannels();

} // namespace jy
