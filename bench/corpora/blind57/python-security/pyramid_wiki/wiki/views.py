import os

from pyramid.httpexceptions import HTTPNotFound
from pyramid.response import FileResponse, Response
from pyramid.view import view_config
from sqlalchemy import text

from .pages import PageStore, page_heading, render_preview, render_preview_fixed

ATTACHMENTS = os.environ.get("WIKI_ATTACHMENTS", "/srv/wiki/attachments")


@view_config(route_name="page")
def page(request):
    store = PageStore(request.environ["wiki.space"])
    body = store.read(request.matchdict["name"])
    title = request.params.get("title", request.matchdict["name"])
    # expect: xss
    return Response("<h1>" + title + "</h1><article>" + body + "</article>", content_type="text/html")


@view_config(route_name="page_v2")
def page_v2(request):
    store = PageStore(request.environ["wiki.space"])
    try:
        body = store.read_checked(request.matchdict["name"])
    except (KeyError, FileNotFoundError):
        raise HTTPNotFound()
    heading = page_heading(request.params.get("title", request.matchdict["name"]), store.space)
    return Response(heading + "<pre>" + str(len(body)) + " bytes</pre>", content_type="text/html")


@view_config(route_name="search", renderer="json")
def search(request):
    term = request.params.get("q", "")
    space = request.environ["wiki.space"]
    sql = "SELECT name, title FROM pages WHERE space = :space"
    if term:
        sql += " AND title LIKE '%" + term + "%'"
    # expect: sql-injection
    rows = request.dbsession.execute(text(sql), {"space": space}).fetchall()
    return [dict(r._mapping) for r in rows]


@view_config(route_name="search_v2", renderer="json")
def search_v2(request):
    term = request.params.get("q", "")
    rows = request.dbsession.execute(
        text("SELECT name, title FROM pages WHERE space = :space AND title LIKE :term"),
        {"space": request.environ["wiki.space"], "term": f"%{term}%"},
    ).fetchall()
    return [dict(r._mapping) for r in rows]


@view_config(route_name="preview", request_method="POST")
def preview(request):
    source = request.json_body.get("source", "")
    return Response(render_preview(source, request.environ["wiki.editor"]), content_type="text/html")


@view_config(route_name="preview_v2", request_method="POST")
def preview_v2(request):
    source = request.json_body.get("source", "")
    return Response(render_preview_fixed(source, request.environ["wiki.editor"]), content_type="text/html")


@view_config(route_name="attachment")
def attachment(request):
    filename = os.path.basename(request.matchdict["filename"])
    path = os.path.join(ATTACHMENTS, filename)
    if not os.path.isfile(path):
        raise HTTPNotFound()
    return FileResponse(path, request=request)
