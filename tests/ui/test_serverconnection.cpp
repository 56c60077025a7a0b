#include <catch2/catch.hpp>

#include "db/connectionstring.h"
#include "db/dberror.h"
#include "settings/serverconnectiondialog.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace jy;

TEST_CASE("server addresses are read from postgresql:// and file paths stay paths", "[ui][server]")
{
    const ConnectionSettings server = parseConnection(QStringLiteral("postgresql://shequ:s3cret@10.0.0.5:6543/street?sslmode=require"));
    CHECK(server.dialect == Dialect::PostgreSQL);
    CHECK(server.host == QLatin1String("10.0.0.5"));
    CHECK(server.port == 6543);
    CHECK(server.databaseName == QLatin1String("street"));
    CHECK(server.user == QLatin1String("shequ"));
    CHECK(server.password == QLatin1String("s3cret"));
    CHECK(server.options == QStringList{QStringLiteral("sslmode=require")});
    CHECK(parseConnection(QStringLiteral("postgres://a@h/db")).port == 5432);
    CHECK(parseConnection(QStringLiteral("/home/社区/jiayuan.sqlite")).dialect == Dialect::SQLite);
    CHECK_THROWS_AS(parseConnection(QStringLiteral("postgresql://host-without-database")), DbError);
}

TEST_CASE("the server dialog gives an address without the password and refuses a server it cannot reach", "[ui][server]")
{
    ConnectionSettings initial;
    initial.host = QStringLiteral("127.0.0.1");
    initial.port = 1; // nothing listens there: refused at once
    initial.databaseName = QStringLiteral("jiayuan");
    initial.user = QStringLiteral("shequ");
    ServerConnectionDialog dialog(initial);
    test::child<QLineEdit>(dialog, "password")->setText(QStringLiteral("s3cret"));
    CHECK(dialog.address() == QLatin1String("postgresql://shequ@127.0.0.1:1/jiayuan"));
    CHECK(dialog.settings().password == QLatin1String("s3cret"));

    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(test::child<QLabel>(dialog, "status")->text().isEmpty());
    test::screenshot(dialog, "server-connection-refused");

    test::child<QLineEdit>(dialog, "host")->clear();
    CHECK(dialog.test().contains(QStringLiteral("服务器")));

    if (!test::onPostgres())
        return;
    const ConnectionSettings server = parseConnection(qEnvironmentVariable("JIAYUAN_TEST_POSTGRES"));
    ServerConnectionDialog reachable(server);
    CHECK(reachable.test().isEmpty());
}
