# library: DB-API cursors (psycopg2 / MySQLdb style)
"""Account repository used by the billing jobs."""


def find_account(cur, email):
    # expect: sql-injection
    cur.execute(f"SELECT id, plan FROM accounts WHERE email = '{email}'")
    return cur.fetchone()


def find_account_safe(cur, email):
    cur.execute("SELECT id, plan FROM accounts WHERE email = %s", (email,))
    return cur.fetchone()


def close_accounts(cur, emails):
    # expect: sql-injection
    cur.execute("UPDATE accounts SET closed = true WHERE email IN (%s)" % ", ".join(f"'{e}'" for e in emails))


def close_accounts_safe(cur, emails):
    placeholders = ", ".join(["%s"] * len(emails))
    cur.execute(f"UPDATE accounts SET closed = true WHERE email IN ({placeholders})", list(emails))


def rename_plan(cur, old, new):
    # expect: sql-injection
    cur.execute("UPDATE accounts SET plan = '" + new + "' WHERE plan = '" + old + "'")


def plans(cur):
    cur.execute("SELECT DISTINCT plan FROM accounts ORDER BY plan")
    return [r[0] for r in cur.fetchall()]
