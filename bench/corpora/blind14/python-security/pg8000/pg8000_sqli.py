# library: pg8000 (native API)
"""Reading and writing audit events with pg8000."""
import pg8000.native

db = pg8000.native.Connection(user="audit", database="audit", host="db.internal")


def events_for_user(user_id):
    return db.run("SELECT ts, action FROM events WHERE user_id = :uid ORDER BY ts", uid=user_id)


def events_for_action(action):
    # expect: sql-injection
    return db.run(f"SELECT ts, user_id FROM events WHERE action = '{action}'")


def record(user_id, action, detail):
    db.run("INSERT INTO events (user_id, action, detail) VALUES (:u, :a, :d)", u=user_id, a=action, d=detail)


def purge_older_than(days):
    # expect: sql-injection
    db.run("DELETE FROM events WHERE ts < now() - interval '" + days + " days'")


def purge_older_than_safe(days):
    db.run("DELETE FROM events WHERE ts < now() - make_interval(days => :d)", d=int(days))


def table_size(table):
    return db.run(f"SELECT pg_total_relation_size({pg8000.native.literal(table)})")
