"""Result metadata kept in MongoDB."""
import os
import re
from datetime import datetime, timezone

from pymongo import MongoClient

_client = MongoClient(os.environ.get("IMGPROXY_MONGO_URL", "mongodb://localhost:27017"))
collection = _client["imgproxy"]["results"]


def put(path, size, content_type):
    collection.update_one(
        {"path": path},
        {"$set": {"size": size, "content_type": content_type, "created_at": datetime.now(timezone.utc)}},
        upsert=True,
    )


def find(query, limit=50):
    # expect: nosql-injection
    cursor = collection.find(query, {"_id": 0}).limit(limit)
    return list(cursor)


def find_by_prefix(prefix, content_type=None, limit=50):
    query = {"path": {"$regex": "^" + re.escape(str(prefix))}}
    if content_type is not None:
        query["content_type"] = str(content_type)
    return list(collection.find(query, {"_id": 0}).limit(limit))
