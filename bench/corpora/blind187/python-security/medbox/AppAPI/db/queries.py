"""SQL used by the App API (psycopg2 cursors from the pool middleware)."""
from psycopg2 import sql

CONTAINER_COLUMNS = {"name", "medication", "pills_left", "refill_at"}


def insert_device(conn, device_id, serial, user_id, device_url):
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO devices (id, serial, owner_id, device_url) VALUES (%s, %s, %s, %s)",
            (device_id, serial, user_id, device_url),
        )


def get_device(conn, device_id, user_id):
    with conn.cursor() as cur:
        cur.execute("SELECT id, serial FROM devices WHERE id = %s AND owner_id = %s", (device_id, user_id))
        row = cur.fetchone()
    return {"id": row[0], "serial": row[1]} if row else None


def list_containers(conn, user_id, device_id):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT c.id, c.name, c.pills_left FROM containers c JOIN devices d ON d.id = c.device_id WHERE d.owner_id = {user_id} AND d.id = '{device_id}'")
        return cur.fetchall()


def get_container(conn, user_id, container_id):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT c.id, c.name, c.pills_left FROM containers c JOIN devices d ON d.id = c.device_id "
            "WHERE d.owner_id = %s AND c.id = %s",
            (user_id, int(container_id)),
        )
        return cur.fetchone()


def update_container(conn, user_id, container_id, fields):
    cols = [c for c in fields if c in CONTAINER_COLUMNS]
    if not cols:
        return 0
    assignments = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(c)) for c in cols)
    query = sql.SQL(
        "UPDATE containers SET {} WHERE id = %s AND device_id IN (SELECT id FROM devices WHERE owner_id = %s)"
    ).format(assignments)
    with conn.cursor() as cur:
        cur.execute(query, [fields[c] for c in cols] + [int(container_id), user_id])
        return cur.rowcount


def adherence_rows(conn, user_id, days):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT taken_at::date, medication, taken FROM doses WHERE owner_id = %s "
            "AND taken_at > now() - (%s || ' days')::interval ORDER BY taken_at",
            (user_id, int(days)),
        )
        return cur.fetchall()
