"""Catalogue search views (Pyramid + SQLAlchemy)."""
from pyramid.view import view_config
from sqlalchemy import text

from .models import Product, Review

SORTABLE = {"name": Product.name, "price": Product.price, "newest": Product.created_at.desc()}


@view_config(route_name="products", renderer="json")
def products(request):
    query = request.dbsession.query(Product)
    vendor = request.params.get("vendor", "")
    # expect: sql-injection
    rows = query.filter("vendor = '{}'".format(vendor)).limit(50).all()
    return [p.to_json() for p in rows]


@view_config(route_name="products_sorted", renderer="json")
def products_sorted(request):
    query = request.dbsession.query(Product)
    sort = request.GET.get("sort", "name")
    direction = request.GET.get("dir", "asc")
    # expect: sql-injection
    return [p.to_json() for p in query.order_by("{} {}".format(sort, direction)).all()]


@view_config(route_name="popular_vendors", renderer="json")
def popular_vendors(request):
    minimum = request.matchdict["minimum"]
    query = request.dbsession.query(Product.vendor)
    # expect: sql-injection
    grouped = query.group_by(Product.vendor).having(text(f"count(*) > {minimum}"))
    return [row.vendor for row in grouped]


@view_config(route_name="reviewed_products", renderer="json")
def reviewed_products(request):
    query = request.dbsession.query(Product)
    author = request.params["author"]
    # expect: sql-injection
    rows = query.join(Review).filter(text("reviews.author = '%s'" % author)).all()
    return [p.to_json() for p in rows]


@view_config(route_name="products_safe", renderer="json")
def products_safe(request):
    query = request.dbsession.query(Product)
    rows = query.filter(text("vendor = :vendor").bindparams(vendor=request.params.get("vendor", ""))).all()
    ordered = query.order_by(SORTABLE.get(request.GET.get("sort"), Product.name))
    exact = query.filter(Product.vendor == request.params.get("vendor", ""))
    return {"rows": [p.to_json() for p in rows], "ordered": ordered.count(), "exact": exact.count()}
