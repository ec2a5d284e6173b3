"""Catalogue queries on peewee."""
from peewee import SQL, Model, PostgresqlDatabase, TextField, fn

db = PostgresqlDatabase("catalogue", host="127.0.0.1")


class Item(Model):
    name = TextField()
    vendor = TextField()

    class Meta:
        database = db


def by_vendor(vendor: str):
    return list(Item.select().where(Item.vendor == vendor))


def by_vendor_raw(vendor: str):
    # expect: sql-injection
    return list(Item.raw(f"SELECT * FROM item WHERE vendor = '{vendor}'"))


def by_vendor_raw_params(vendor: str):
    return list(Item.raw("SELECT * FROM item WHERE vendor = %s", vendor))


def count_like(pattern: str):
    # expect: sql-injection
    return db.execute_sql("SELECT count(*) FROM item WHERE name LIKE '%" + pattern + "%'").fetchone()[0]


def count_like_params(pattern: str):
    return db.execute_sql("SELECT count(*) FROM item WHERE name LIKE %s", (f"%{pattern}%",)).fetchone()[0]


def with_extra_clause(clause: str):
    # expect: sql-injection
    return list(Item.select().where(SQL("vendor IS NOT NULL AND " + clause)))


def lower_names():
    return list(Item.select(fn.LOWER(Item.name)))
