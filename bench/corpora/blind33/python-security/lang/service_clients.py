"""Small clients for the internal services used by the ops scripts."""
import os
from typing import Optional

import psycopg2
import redis
import requests


# expect: hardcoded-secret
def connect_db(host="localhost", user="reporting", password="Rep0rt!ng2021", dbname="metrics"):
    return psycopg2.connect(host=host, user=user, password=password, dbname=dbname)


class CacheClient:
    # expect: hardcoded-secret
    def __init__(self, url: str, *, password: str = "redis-local-pass", db: int = 0):
        self.client = redis.Redis.from_url(url, password=password, db=db)


class AdminApi:
    def __init__(self, base_url):
        self.base_url = base_url
        self.session = requests.Session()

    # expect: hardcoded-secret
    def login(self, username="admin", password="admin"):
        resp = self.session.post(f"{self.base_url}/login", json={"u": username, "p": password}, timeout=10)
        resp.raise_for_status()
        return resp.json()["token"]


# expect: hardcoded-secret
def make_broker_url(user="guest",
                    password="guest",
                    host="rabbitmq",
                    vhost="/"):
    return f"amqp://{user}:{password}@{host}:5672/{vhost}"


def connect_db_env(host="localhost", user="reporting", password=None, dbname="metrics"):
    password = password or os.environ["METRICS_DB_PASSWORD"]
    return psycopg2.connect(host=host, user=user, password=password, dbname=dbname)


def ask_password(prompt="Password: ", password_env: Optional[str] = "OPS_PASSWORD"):
    return os.environ.get(password_env) or input(prompt)


def change_password(user, password, *, min_length=12):
    if len(password) < min_length:
        raise ValueError("password too short")
    user.set_password(password)
