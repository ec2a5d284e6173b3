import os

from peewee import PostgresqlDatabase

db = PostgresqlDatabase(os.environ.get("POSTGRES_DB", "robotoff"), host=os.environ.get("POSTGRES_HOST", "localhost"))
