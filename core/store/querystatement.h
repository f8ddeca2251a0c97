// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace entente::core {

/*!
 * A prepared statement on a Qt SQL connection (a PostgreSQL server's, through QPSQL) with the
 * interface of SqliteStatement, so that one reading algorithm serves both: bind by index, step
 * with next(), read columns as integers or text. Forward-only: QPSQL then fetches rows one at a
 * time instead of holding the whole result.
 */
class QueryStatement final
{
public:
    QueryStatement(const QSqlDatabase &db, QByteArrayView sql) : m_query(db)
    {
        m_query.setForwardOnly(true);
        // A connection the server dropped is closed by the driver: said as libpq says it.
        if (!db.isOpen())
            m_closed = QSqlError(QString(), QStringLiteral("no connection to the server"),
                                 QSqlError::ConnectionError);
        else
            m_valid = m_query.prepare(QString::fromUtf8(sql.data(), sql.size()));
        m_failed = !m_valid;
    }

    bool isValid() const { return m_valid; }
    void bind(int index, qint64 value) { m_query.bindValue(index, value); }
    //! Text, empty or not (never NULL), as SqliteStatement::bind.
    void bind(int index, const QString &text)
    {
        m_query.bindValue(index, text.isNull() ? QStringLiteral("") : text);
    }
    //! NULL for an empty text, as SqliteStatement::bindOrNull.
    void bindOrNull(int index, const QString &text)
    {
        m_query.bindValue(index, text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : text);
    }
    void bindNull(int index) { m_query.bindValue(index, QVariant(QMetaType(QMetaType::QString))); }

    /*! Runs a statement that returns no rows, ready to run again: false on an error. */
    bool run()
    {
        m_failed = !m_valid || !m_query.exec();
        m_query.finish();
        return !m_failed;
    }

    /*! Runs the statement at the first call, then steps to the next row: false at the end or on
        an error (failed() tells which). */
    bool next()
    {
        if (!m_executed) {
            m_executed = true;
            if (!m_query.exec()) {
                m_failed = true;
                return false;
            }
        }
        return m_query.next();
    }
    /*! Ready to run again with new bindings. */
    void reset()
    {
        m_query.finish();
        m_executed = false;
        m_failed = !m_valid;
    }
    bool failed() const { return m_failed; }
    QSqlError error() const { return m_closed.isValid() ? m_closed : m_query.lastError(); }
    QString errorString() const
    {
        const QSqlError e = error();
        return e.databaseText().isEmpty() ? e.text() : e.databaseText();
    }

    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    bool isNull(int column) const { return m_query.isNull(column); }

private:
    QSqlQuery m_query;
    bool m_valid = false;
    bool m_executed = false;
    bool m_failed = false;
    QSqlError m_closed;
};

} // namespace entente::core
