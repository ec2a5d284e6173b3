"""Audit trail written with raw SQL into a separate, append-only table."""
from django.db import connection

from hc.lib.context import get_client_ip, get_user_agent


def record(action, project_code):
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO audit_log (action, project, client_ip) VALUES (%s, %s, %s)",
            [action, str(project_code), get_client_ip()],
        )


def record_login(username):
    agent = get_user_agent()[:200]
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"INSERT INTO audit_log (action, project, client_ip, agent) VALUES ('login', '', '{get_client_ip()}', '{agent}')")
        cursor.execute("UPDATE accounts_profile SET last_login_ip = %s WHERE user_id = (SELECT id FROM auth_user WHERE username = %s)", [get_client_ip(), username])
