"""Pyramid views for the supplier portal."""
from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.response import Response
from pyramid.view import view_config
from sqlalchemy import select, text

from .models import DBSession, Supplier


@view_config(route_name="supplier", renderer="json")
def supplier(request):
    supplier_id = int(request.matchdict["id"])
    row = DBSession.execute(select(Supplier).where(Supplier.id == supplier_id)).scalar_one_or_none()
    if row is None:
        raise HTTPNotFound()
    return row.as_dict()


@view_config(route_name="supplier_search", renderer="json")
def supplier_search(request):
    name = request.params.get("name", "")
    # expect: sqlalchemy-text-format
    rows = DBSession.execute(text("SELECT id, name FROM suppliers WHERE name ILIKE '%" + name + "%'"))
    return [dict(r._mapping) for r in rows]


@view_config(route_name="go")
def go(request):
    # expect: pyramid-open-redirect
    return HTTPFound(location=request.params["to"])


@view_config(route_name="go_home")
def go_home(request):
    return HTTPFound(location=request.route_url("home"))


@view_config(route_name="notice")
def notice(request):
    msg = request.params.get("msg", "")
    # expect: pyramid-reflected-xss
    return Response("<p>" + msg + "</p>", content_type="text/html")


@view_config(route_name="notice_text")
def notice_text(request):
    msg = request.params.get("msg", "")
    return Response(msg, content_type="text/plain")
