"""Raw queries for the activity lists (they join participants and places)."""
from django.db import connection

ORDER_COLUMNS = {
    "date": "a.date ASC",
    "-date": "a.date DESC",
    "place": "p.name ASC, a.date ASC",
    "free": "(a.max_participants - COUNT(ap.id)) DESC, a.date ASC",
}

_BASE = """
    SELECT a.id, a.date, a.max_participants, p.id AS place_id, p.name AS place_name,
           COUNT(ap.id) AS participants
      FROM activities_activity a
      JOIN places_place p ON p.id = a.place_id
      LEFT JOIN activities_activityparticipant ap ON ap.activity_id = a.id
     WHERE p.group_id = %s AND a.date >= NOW() AND a.is_disabled = false
     GROUP BY a.id, p.id
"""


def _rows(cursor):
    names = [col[0] for col in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def upcoming_for_group(group_id, ordering):
    """Upcoming activities of a group in the order the client asked for."""
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(_BASE + f" ORDER BY {ordering} LIMIT 200", [group_id])
        return _rows(cursor)


def upcoming_for_group_sorted(group_id, ordering):
    order_sql = ORDER_COLUMNS.get(ordering, ORDER_COLUMNS["date"])
    with connection.cursor() as cursor:
        cursor.execute(_BASE + f" ORDER BY {order_sql} LIMIT 200", [group_id])
        return _rows(cursor)


def participant_counts(activity_ids):
    if not activity_ids:
        return {}
    marks = ",".join(["%s"] * len(activity_ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT activity_id, COUNT(*) FROM activities_activityparticipant "
            f"WHERE activity_id IN ({marks}) GROUP BY activity_id",
            list(activity_ids),
        )
        return dict(cursor.fetchall())
