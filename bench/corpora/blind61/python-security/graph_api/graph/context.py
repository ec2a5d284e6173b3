"""Context for every GraphQL operation: the database handles and who is asking."""
import os
from dataclasses import dataclass, field

from fastapi import Depends, Request
from pymongo import MongoClient
from strawberry.fastapi import BaseContext

_mongo = MongoClient(os.environ.get("MONGO_URL", "mongodb://localhost:27017"))


@dataclass
class GraphContext(BaseContext):
    request: Request = None
    db: object = None
    warehouse: str = ""
    filters: dict = field(default_factory=dict)


def get_db():
    return _mongo[os.environ.get("MONGO_DB", "inventory")]


async def get_context(request: Request, db=Depends(get_db)) -> GraphContext:
    warehouse = request.headers.get("x-warehouse", "main")
    raw_filters = {}
    if request.method == "POST":
        body = await request.json()
        raw_filters = (body.get("extensions") or {}).get("filters", {})
    return GraphContext(request=request, db=db, warehouse=warehouse, filters=raw_filters)
