"""Member sync against the legacy MySQL (mysqlclient)."""
import MySQLdb


def connect():
    return MySQLdb.connect(host="legacy-db", user="sync", db="members", read_default_file="~/.my.cnf")


def member(conn, email):
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM members WHERE email = %s", (email,))
    return cur.fetchone()


def members_in(conn, city):
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT id, name FROM members WHERE city = '%s'" % city)
    return cur.fetchall()


def upsert_many(conn, rows):
    cur = conn.cursor()
    cur.executemany("INSERT INTO members (email, name) VALUES (%s, %s) ON DUPLICATE KEY UPDATE name = VALUES(name)", rows)
    conn.commit()


def rename(conn, old, new):
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("UPDATE members SET name = '" + new + "' WHERE name = '" + old + "'")
    conn.commit()
