"""Product search over MongoDB."""
import re

from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["catalog"]


def by_name(name: str):
    return list(db.products.find({"name": name}, {"_id": 0}))


def by_expression(expr: str):
    # expect: nosql-injection
    return list(db.products.find({"$where": "this.price " + expr}))


def by_prefix(prefix: str):
    return list(db.products.find({"name": {"$regex": "^" + re.escape(prefix)}}))


def cheaper_than(limit: str):
    # expect: nosql-injection
    return list(db.products.find({"$where": f"this.price < {limit}"}))
