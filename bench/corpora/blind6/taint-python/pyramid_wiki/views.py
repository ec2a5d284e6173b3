"""Wiki views (Pyramid + SQLAlchemy)."""
import os
from html import escape
from urllib.parse import urlparse

from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.response import FileResponse, Response
from pyramid.view import view_config
from sqlalchemy import text

from .models import DBSession, Page

ATTACHMENTS = "/srv/wiki/attachments"


@view_config(route_name="search")
def search(request):
    q = request.params.get("q", "")
    # expect: sql-injection-pyramid
    rows = DBSession.execute(text("SELECT title FROM pages WHERE body LIKE '%" + q + "%'")).fetchall()
    items = "".join(f"<li>{escape(r.title)}</li>" for r in rows)
    return Response(f"<ul>{items}</ul>")


@view_config(route_name="search_safe")
def search_safe(request):
    q = request.params.get("q", "")
    rows = DBSession.execute(text("SELECT title FROM pages WHERE body LIKE :q"), {"q": f"%{q}%"}).fetchall()
    return {"titles": [r.title for r in rows]}


@view_config(route_name="preview")
def preview(request):
    body = request.POST.get("body", "")
    # expect: xss-pyramid-response
    return Response("<div class='preview'>" + body + "</div>")


@view_config(route_name="preview_safe")
def preview_safe(request):
    body = request.POST.get("body", "")
    return Response("<div class='preview'>" + escape(body) + "</div>")


@view_config(route_name="attachment")
def attachment(request):
    name = request.matchdict["name"]
    # expect: path-traversal-pyramid
    return FileResponse(os.path.join(ATTACHMENTS, name), request=request)


@view_config(route_name="attachment_safe")
def attachment_safe(request):
    name = os.path.basename(request.matchdict["name"])
    path = os.path.join(ATTACHMENTS, name)
    if not os.path.isfile(path):
        raise HTTPNotFound()
    return FileResponse(path, request=request)


@view_config(route_name="login_done")
def login_done(request):
    came_from = request.params.get("came_from", "/")
    # expect: open-redirect-pyramid
    return HTTPFound(location=came_from)


@view_config(route_name="login_done_safe")
def login_done_safe(request):
    came_from = request.params.get("came_from", "/")
    if urlparse(came_from).netloc:
        came_from = "/"
    return HTTPFound(location=came_from)


@view_config(route_name="history", renderer="json")
def history(request):
    title = request.matchdict["title"]
    page = DBSession.query(Page).filter(Page.title == title).one_or_none()
    return {"revisions": [r.id for r in page.revisions] if page else []}


@view_config(route_name="raw_text")
def raw_text(request):
    return Response(request.params.get("text", ""), content_type="text/plain")
