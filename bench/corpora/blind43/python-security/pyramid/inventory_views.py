"""Inventory listing views."""
from pyramid.view import view_config
from sqlalchemy import text

from .models import Item, Supplier


@view_config(route_name="items", renderer="json")
def items(request):
    query = request.dbsession.query(Item)
    sort = request.params.get("sort", "name")
    # expect: sql-injection
    rows = query.order_by("{} asc".format(sort)).all()
    return [r.to_dict() for r in rows]


@view_config(route_name="items_by_supplier", renderer="json")
def items_by_supplier(request):
    query = request.dbsession.query(Item)
    country = request.matchdict["country"]
    # expect: sql-injection
    rows = query.join(Supplier).filter("suppliers.country = '{}'".format(country)).all()
    return [r.to_dict() for r in rows]


@view_config(route_name="stock_groups", renderer="json")
def stock_groups(request):
    query = request.dbsession.query(Item.category)
    column = request.GET["by"]
    minimum = request.GET.get("min", "0")
    # expect: sql-injection
    grouped = query.group_by("{}".format(column)).all()
    # expect: sql-injection
    busy = query.group_by(Item.category).having("count(*) > {}".format(minimum)).all()
    return {"groups": [tuple(r) for r in grouped], "busy": [tuple(r) for r in busy]}


@view_config(route_name="distinct_items", renderer="json")
def distinct_items(request):
    query = request.dbsession.query(Item)
    field = request.params["field"]
    # expect: sql-injection
    return [r.to_dict() for r in query.distinct("{}".format(field)).all()]


@view_config(route_name="items_safe", renderer="json")
def items_safe(request):
    query = request.dbsession.query(Item)
    country = request.params.get("country", "")
    rows = query.filter(text("country = :c").bindparams(c=country)).all()
    return [r.to_dict() for r in rows]


@view_config(route_name="items_sorted", renderer="json")
def items_sorted(request):
    query = request.dbsession.query(Item)
    allowed = {"name": Item.name, "price": Item.price}
    rows = query.order_by(allowed.get(request.params.get("sort"), Item.name)).all()
    return [r.to_dict() for r in rows]
