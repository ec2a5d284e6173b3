"""Catalog listing views (Pyramid 1.x, SQLAlchemy 1.3 string clauses)."""
from pyramid.view import view_config
from sqlalchemy import bindparam, text

from .models import Category, Product

SORTABLE = {"name": Product.name, "price": Product.price}


@view_config(route_name="products", renderer="json")
def products(request):
    term = request.params.get("q", "")
    query = request.dbsession.query(Product)
    # expect: sql-injection
    rows = query.filter("name LIKE '%{}%'".format(term)).all()
    return {"products": [p.to_dict() for p in rows]}


@view_config(route_name="products_sorted", renderer="json")
def products_sorted(request):
    column = request.GET.get("sort", "name")
    direction = request.GET.get("dir", "asc")
    query = request.dbsession.query(Product)
    # expect: sql-injection
    rows = query.order_by("{} {}".format(column, direction)).limit(50).all()
    return {"products": [p.to_dict() for p in rows]}


@view_config(route_name="category_stats", renderer="json")
def category_stats(request):
    minimum = request.matchdict["min"]
    stats = request.dbsession.query(Product.category_id)
    # expect: sql-injection
    stats = stats.group_by(Product.category_id).having("count(*) > {}".format(minimum))
    return {"categories": [row[0] for row in stats.all()]}


@view_config(route_name="by_category", renderer="json")
def by_category(request):
    slug = request.params["category"]
    query = request.dbsession.query(Product)
    # expect: sql-injection
    rows = query.join(Category).filter("categories.slug = '{}'".format(slug)).all()
    return {"products": [p.to_dict() for p in rows]}


@view_config(route_name="products_safe", renderer="json")
def products_safe(request):
    term = request.params.get("q", "")
    query = request.dbsession.query(Product)
    rows = query.filter(Product.name.ilike("%" + term + "%")).all()
    return {"products": [p.to_dict() for p in rows]}


@view_config(route_name="products_bound", renderer="json")
def products_bound(request):
    query = request.dbsession.query(Product)
    clause = text("price < :limit").bindparams(bindparam("limit", request.params.get("max", 100)))
    return {"products": [p.to_dict() for p in query.filter(clause).all()]}


@view_config(route_name="products_allowlisted", renderer="json")
def products_allowlisted(request):
    column = SORTABLE.get(request.GET.get("sort"), Product.name)
    rows = request.dbsession.query(Product).order_by(column).all()
    return {"products": [p.to_dict() for p in rows]}
