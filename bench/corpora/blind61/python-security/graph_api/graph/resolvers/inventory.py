"""Stock items in MongoDB, one collection for all warehouses."""
import re
from typing import Optional

ALLOWED_FIELDS = {"sku", "name", "category", "supplier"}


def items_matching(db, warehouse: str, where: dict, limit: int = 50):
    query = {"warehouse": warehouse}
    query.update(where)
    # expect: nosql-injection
    return list(db.items.find(query, {"_id": 0}).limit(limit))


def items_matching_fields(db, warehouse: str, where: dict, limit: int = 50):
    query = {"warehouse": warehouse}
    for key, value in where.items():
        if key in ALLOWED_FIELDS and isinstance(value, str):
            query[key] = value
    return list(db.items.find(query, {"_id": 0}).limit(limit))


def item_by_sku(db, sku: str) -> Optional[dict]:
    return db.items.find_one({"sku": str(sku)}, {"_id": 0})


def items_named_like(db, fragment: str):
    pattern = re.escape(fragment)
    return list(db.items.find({"name": {"$regex": pattern, "$options": "i"}}, {"_id": 0}).limit(25))


def low_stock(db, warehouse: str, js_condition: str):
    # expect: nosql-injection
    return list(db.items.find({"warehouse": warehouse, "$where": "this.qty < " + js_condition}, {"_id": 0}))
