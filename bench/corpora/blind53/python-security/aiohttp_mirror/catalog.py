"""Package metadata in MongoDB (motor)."""
import json

from motor.motor_asyncio import AsyncIOMotorClient

client = AsyncIOMotorClient("mongodb://mongo:27017")
packages = client.mirror.packages


async def find_packages(raw_filter: str) -> list[dict]:
    query = json.loads(raw_filter)
    # expect: nosql-injection
    cursor = packages.find(query, {"_id": 0})
    return await cursor.to_list(length=100)


async def find_by_name(name: str) -> list[dict]:
    cursor = packages.find({"name": str(name)}, {"_id": 0})
    return await cursor.to_list(length=100)


async def find_where(predicate: str) -> list[dict]:
    # expect: nosql-injection
    cursor = packages.find({"$where": "this.downloads > 0 && " + predicate})
    return await cursor.to_list(length=100)


async def popular(limit: int) -> list[dict]:
    cursor = packages.find({"downloads": {"$gt": 1000}}).sort("downloads", -1).limit(limit)
    return await cursor.to_list(length=limit)
