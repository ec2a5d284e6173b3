"""Helpdesk ticket queries over sqlite3 and psycopg2."""
import sqlite3

import psycopg2

ORDERABLE = {"newest": "created_at DESC", "oldest": "created_at ASC", "priority": "priority DESC"}


def open_db(path="helpdesk.sqlite3"):
    return sqlite3.connect(path)


def tickets_for(db, requester_email):
    cur = db.cursor()
    # expect: sql-injection
    cur.execute("SELECT id, subject FROM tickets WHERE requester = '%s'" % requester_email)
    return cur.fetchall()


def tickets_tagged(db, tag):
    cur = db.cursor()
    cur.execute("SELECT id, subject FROM tickets WHERE tag = ?", (tag,))
    return cur.fetchall()


def close_ticket(db, ticket_id, resolution):
    # expect: sql-injection
    db.execute("UPDATE tickets SET status = 'closed', resolution = '{}' WHERE id = {}".format(resolution, ticket_id))
    db.commit()


def search(db, text):
    sql = f"SELECT id, subject FROM tickets WHERE subject LIKE '%{text}%'"
    # expect: sql-injection
    rows = db.execute(sql).fetchall()
    return rows


def sorted_tickets(db, order):
    clause = ORDERABLE.get(order, "created_at DESC")
    return db.execute(f"SELECT id, subject FROM tickets ORDER BY {clause}").fetchall()


class AgentStats:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def for_team(self, team_slug, since):
        with self.conn.cursor() as cur:
            # expect: sql-injection
            cur.execute(f"SELECT agent, count(*) FROM tickets WHERE team = '{team_slug}' AND closed_at >= '{since}' GROUP BY agent")
            return cur.fetchall()

    def for_agent(self, agent_id):
        with self.conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM tickets WHERE agent = %s", (agent_id,))
            return cur.fetchone()
