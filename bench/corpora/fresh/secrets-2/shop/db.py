import getpass
import os
import secrets

import psycopg
import pymysql
from sqlalchemy import create_engine

# expect: secret
engine = create_engine("postgresql+psycopg://reports:vV7xPv1uDhSYJdCe5JF4Er@reports-db:5432/reports")
local_engine = create_engine("sqlite:///local.db")
env_engine = create_engine(os.environ["DATABASE_URL"])


def connect_mysql():
    # expect: secret
    return pymysql.connect(host="mysql.internal", user="etl", password="LJdly&CckMKMj2%", database="etl")


def connect_pg(dsn: str | None = None):
    password = getpass.getpass("database password: ")
    return psycopg.connect(dsn or f"postgresql://etl:{password}@localhost/etl")


def new_api_token() -> str:
    token = secrets.token_urlsafe(32)
    return token


class Config:
    password: str = ""
    password_env = "ETL_PASSWORD"
    PASSWORD_FIELD = "password"
    api_key = None
    # expect: secret
    admin_password = "9YrSA*NJz21VhQ4Gl9."
