"""Page views (Pyramid) reading from the CMS database."""
from html import escape

from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.response import Response
from pyramid.view import view_config
from sqlalchemy import text

from .helpers import page_sql, param, slug_or_none


@view_config(route_name="page_raw")
def page_raw(request):
    slug = param(request, "slug")
    # expect: sql-injection
    row = request.dbsession.execute(text(page_sql(slug))).first()
    if row is None:
        raise HTTPNotFound()
    return Response(row.body)


@view_config(route_name="page")
def page(request):
    slug = slug_or_none(param(request, "slug"))
    if slug is None:
        raise HTTPNotFound()
    row = request.dbsession.execute(text("SELECT id, title, body FROM pages WHERE slug = :s"), {"s": slug}).first()
    if row is None:
        raise HTTPNotFound()
    return Response(row.body)


@view_config(route_name="page_title")
def page_title(request):
    parts = [param(request, "section"), param(request, "title")]
    heading = " / ".join(p for p in parts if p)
    # expect: xss
    return Response(f"<h1>{heading}</h1>", content_type="text/html")


@view_config(route_name="page_title_safe")
def page_title_safe(request):
    parts = [param(request, "section"), param(request, "title")]
    heading = " / ".join(escape(p) for p in parts if p)
    return Response(f"<h1>{heading}</h1>", content_type="text/html")


@view_config(route_name="go")
def go(request):
    target = param(request, "to")
    if not target:
        target = request.route_url("home")
    # expect: open-redirect
    return HTTPFound(location=target)


@view_config(route_name="go_safe")
def go_safe(request):
    slug = slug_or_none(param(request, "to"))
    return HTTPFound(location=request.route_url("page", _query={"slug": slug}) if slug else request.route_url("home"))
