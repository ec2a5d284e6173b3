"""Builds the ORDER BY / WHERE pieces for the hand-written catalogue queries."""
from dataclasses import dataclass, field

SORT_SQL = {
    "price": "p.price ASC",
    "-price": "p.price DESC",
    "rating": "p.rating ASC",
    "-rating": "p.rating DESC",
    "created": "p.created ASC",
    "-created": "p.created DESC",
    "name": "p.name ASC",
}

FACET_COLUMNS = {"brand": "p.brand", "category": "c.slug", "rating": "ROUND(p.rating)"}


@dataclass
class ProductQuery:
    clauses: list = field(default_factory=list)
    params: list = field(default_factory=list)
    order: str = "p.name ASC"

    def where(self, clause, *params):
        self.clauses.append(clause)
        self.params.extend(params)
        return self

    def sql(self):
        sql = "SELECT p.id, p.sku, p.name, p.brand, p.price FROM catalog_product p"
        sql += " JOIN catalog_category c ON c.id = p.category_id"
        if self.clauses:
            sql += " WHERE " + " AND ".join(self.clauses)
        return sql + " ORDER BY " + self.order + " LIMIT 100"


def build_query(data, sort_key):
    query = ProductQuery()
    if data.get("q"):
        query.where("p.name ILIKE %s", f"%{data['q']}%")
    if data.get("brand"):
        query.where("p.brand = %s", data["brand"])
    if data.get("in_stock"):
        query.where("p.stock > 0")
    query.where("p.price >= %s", data.get("min_price", 0))
    query.order = sort_key
    return query


def order_clause(sort):
    return SORT_SQL.get(sort, "p.name ASC")


def raw_order_clause(sort):
    direction = "DESC" if sort.startswith("-") else "ASC"
    return f"p.{sort.lstrip('-')} {direction}"
