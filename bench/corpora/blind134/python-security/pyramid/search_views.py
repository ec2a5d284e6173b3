"""Catalogue search for the Pyramid shop (SQLAlchemy 1.3 models)."""
from pyramid.view import view_config
from sqlalchemy import bindparam, text

from ..models import Product

SORTABLE = {"name": Product.name, "price": Product.price}


@view_config(route_name="search", renderer="search.jinja2")
def search(request):
    term = request.params.get("q", "")
    query = request.dbsession.query(Product)
    # expect: sql-injection
    results = query.filter("name LIKE '%{}%'".format(term)).all()
    return {"results": results}


@view_config(route_name="catalogue", renderer="catalogue.jinja2")
def catalogue(request):
    sort = request.params.get("sort", "name")
    direction = request.params.get("dir", "asc")
    query = request.dbsession.query(Product)
    # expect: sql-injection
    return {"products": query.order_by("{} {}".format(sort, direction)).limit(50).all()}


@view_config(route_name="by_brand", renderer="catalogue.jinja2")
def by_brand(request):
    brand = request.matchdict["brand"]
    query = request.dbsession.query(Product)
    # expect: sql-injection
    return {"products": query.filter(text("brand = '%s' AND active" % brand)).all()}


@view_config(route_name="search_safe", renderer="search.jinja2")
def search_safe(request):
    query = request.dbsession.query(Product)
    results = query.filter(text("name LIKE :term").bindparams(term="%" + request.params.get("q", "") + "%")).all()
    return {"results": results}


@view_config(route_name="catalogue_safe", renderer="catalogue.jinja2")
def catalogue_safe(request):
    column = SORTABLE.get(request.params.get("sort"), Product.name)
    query = request.dbsession.query(Product)
    return {"products": query.order_by(column).limit(50).all()}


@view_config(route_name="cheap", renderer="catalogue.jinja2")
def cheap(request):
    query = request.dbsession.query(Product)
    stmt = text("price < :limit").bindparams(bindparam("limit", value=float(request.params.get("max", "10"))))
    return {"products": query.filter(stmt).all()}
