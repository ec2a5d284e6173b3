"""Audit log queries (mysql-connector-python)."""
import mysql.connector
from mysql.connector import pooling

POOL = pooling.MySQLConnectionPool(pool_name="audit", pool_size=4, host="mysql.internal",
                                   user="audit", database="audit")


def events_for(user):
    cnx = POOL.get_connection()
    try:
        cursor = cnx.cursor(dictionary=True)
        # expect: sql-injection
        cursor.execute("SELECT * FROM events WHERE actor = '{}'".format(user))
        return cursor.fetchall()
    finally:
        cnx.close()


def events_for_safe(user):
    cnx = POOL.get_connection()
    try:
        cursor = cnx.cursor(prepared=True)
        # safe: prepared statement with a parameter
        cursor.execute("SELECT * FROM events WHERE actor = %s", (user,))
        return cursor.fetchall()
    finally:
        cnx.close()


def purge(table, before):
    cnx = mysql.connector.connect(host="mysql.internal", user="audit", database="audit")
    cursor = cnx.cursor()
    statement = "DELETE FROM " + table
    statement += " WHERE ts < '" + before + "'"
    # expect: sql-injection
    cursor.execute(statement)
    cnx.commit()
    cnx.close()


def search(action, actor):
    cnx = POOL.get_connection()
    cursor = cnx.cursor()
    # expect: sql-injection
    for result in cursor.execute(f"SELECT id FROM events WHERE action = '{action}'; SELECT id FROM events WHERE actor = '{actor}'", multi=True):
        yield result.fetchall()
    cnx.close()


def count_by_action(action):
    cnx = POOL.get_connection()
    cursor = cnx.cursor()
    # safe: named parameter
    cursor.execute("SELECT count(*) FROM events WHERE action = %(action)s", {"action": action})
    total = cursor.fetchone()[0]
    cnx.close()
    return total
