from django.db import connection

SORT_SQL = {"thread": "thread_order", "date": "date"}


def get_posting_stats(mlist_name, interval):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT date_trunc('day', date), count(*) FROM hyperkitty_email WHERE mailinglist_id = %%s AND date > NOW() - INTERVAL '%s' GROUP BY 1" % interval, [mlist_name])
        return cursor.fetchall()


def get_posting_stats_days(mlist_name, days):
    with connection.cursor() as cursor:
        cursor.execute("SELECT date_trunc('day', date), count(*) FROM hyperkitty_email WHERE mailinglist_id = %s AND date > NOW() - make_interval(days => %s) GROUP BY 1", [mlist_name, int(days)])
        return cursor.fetchall()


def thread_email_ids(thread_id, sort_column):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT id FROM hyperkitty_email WHERE thread_id = %s ORDER BY {sort_column}", [thread_id])
        return [r[0] for r in cursor.fetchall()]


def thread_email_ids_sorted(thread_id, sort_mode):
    column = SORT_SQL[sort_mode]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM hyperkitty_email WHERE thread_id = %s ORDER BY {column}", [thread_id])
        return [r[0] for r in cursor.fetchall()]
