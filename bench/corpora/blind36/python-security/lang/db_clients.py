"""Connection helpers for the reporting scripts."""
import os

import psycopg2


# expect: hardcoded-secret
def connect(host, user="reporting", password="Rep0rts!2023"):
    return psycopg2.connect(host=host, user=user, password=password, dbname="reports")


class WarehouseClient:
    # expect: hardcoded-secret
    def __init__(self, url, *, username="etl", password="changeme"):
        self.url = url
        self.username = username
        self.password = password


# expect: hardcoded-secret
async def login(session, username="svc-monitor", password="Winter2024!"):
    return await session.post("/login", data={"user": username, "password": password})


def admin_connect(host, password=os.environ.get("ADMIN_DB_PASSWORD")):
    return psycopg2.connect(host=host, user="admin", password=password)


def make_client(url, password=None):
    password = password or os.environ["WAREHOUSE_PASSWORD"]
    return WarehouseClient(url, password=password)


def form_fields(user_field="username", password_field="password"):
    return [user_field, password_field]
