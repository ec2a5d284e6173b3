import json
import logging
from typing import List, Optional

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from .resolvers import catalogue, inventory

log = logging.getLogger("graph.schema")


@strawberry.type
class Item:
    sku: str
    name: str
    qty: int
    warehouse: str


def _items(rows) -> List[Item]:
    return [Item(sku=r.get("sku", ""), name=r.get("name", ""), qty=int(r.get("qty", 0)), warehouse=r.get("warehouse", "")) for r in rows]


@strawberry.type
class Query:
    @strawberry.field
    def items(self, info: Info, where: Optional[JSON] = None, limit: int = 50) -> List[Item]:
        ctx = info.context
        criteria = where if isinstance(where, dict) else {}
        return _items(inventory.items_matching(ctx.db, ctx.warehouse, criteria, min(limit, 200)))

    @strawberry.field
    def items_by_fields(self, info: Info, where: Optional[JSON] = None) -> List[Item]:
        ctx = info.context
        return _items(inventory.items_matching_fields(ctx.db, ctx.warehouse, where or {}))

    @strawberry.field
    def saved_filter_items(self, info: Info) -> List[Item]:
        ctx = info.context
        return _items(inventory.items_matching(ctx.db, ctx.warehouse, ctx.filters.get("stock", {})))

    @strawberry.field
    def item(self, info: Info, sku: str) -> Optional[Item]:
        row = inventory.item_by_sku(info.context.db, sku)
        return _items([row])[0] if row else None

    @strawberry.field
    def search(self, info: Info, text: str) -> List[Item]:
        return _items(inventory.items_named_like(info.context.db, text))

    @strawberry.field
    def low_stock(self, info: Info, threshold: str = "5") -> List[Item]:
        ctx = info.context
        return _items(inventory.low_stock(ctx.db, ctx.warehouse, threshold))

    @strawberry.field
    def low_stock_int(self, info: Info, threshold: int = 5) -> List[Item]:
        ctx = info.context
        rows = ctx.db.items.find({"warehouse": ctx.warehouse, "qty": {"$lt": threshold}}, {"_id": 0})
        return _items(rows)

    @strawberry.field
    def supplier_skus(self, supplier: str, name: str, bound: bool = True) -> List[str]:
        if bound:
            return catalogue.products_by_name_bound(supplier, name)
        return catalogue.products_by_name(supplier, name)


@strawberry.type
class Mutation:
    @strawberry.mutation
    def import_catalogue(self, info: Info, xml: str, strict: bool = True) -> List[str]:
        skus = catalogue.parse_upload_safe(xml) if strict else catalogue.parse_upload(xml)
        log.info("imported %d skus", len(skus))
        return skus

    @strawberry.mutation
    def adjust_stock(self, info: Info, sku: str, delta: int) -> bool:
        result = info.context.db.items.update_one({"sku": sku}, {"$inc": {"qty": delta}})
        return result.modified_count == 1

    @strawberry.mutation
    def tag_items(self, info: Info, tags_json: str) -> int:
        tags = json.loads(tags_json)
        if not isinstance(tags, list):
            return 0
        clean = [str(t)[:40] for t in tags]
        result = info.context.db.items.update_many({"warehouse": info.context.warehouse}, {"$addToSet": {"tags": {"$each": clean}}})
        return result.modified_count


schema = strawberry.Schema(query=Query, mutation=Mutation)
