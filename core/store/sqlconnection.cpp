// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlconnection.h"

#include <QAtomicInteger>

namespace entente::core {

SqlConnection::SqlConnection()
{
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("entente-%1").arg(counter.fetchAndAddRelaxed(1));
}

SqlConnection::~SqlConnection()
{
    close();
}

bool SqlConnection::open(const QString &path, const QString &options)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    return db.open();
}

void SqlConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqlConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && database().isOpen();
}

} // namespace entente::core
