# library: Pyramid
"""Wiki views."""
import html
import os
import subprocess

from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.response import FileResponse, Response
from pyramid.view import view_config
from sqlalchemy import text

PAGES = "/srv/wiki/pages"


@view_config(route_name="page", renderer="templates/page.jinja2")
def page(request):
    return {"name": request.matchdict["name"]}


@view_config(route_name="raw")
def raw(request):
    name = request.matchdict["name"]
    # expect: xss
    return Response(f"<pre>{name}</pre>")


@view_config(route_name="raw_safe")
def raw_safe(request):
    return Response(f"<pre>{html.escape(request.matchdict['name'])}</pre>")


@view_config(route_name="attachment")
def attachment(request):
    name = os.path.basename(request.params.get("f", ""))
    path = os.path.join(PAGES, "attachments", name)
    if not os.path.isfile(path):
        raise HTTPNotFound()
    return FileResponse(path, request=request)


@view_config(route_name="history", renderer="json")
def history(request):
    page_name = request.params["page"]
    # expect: command-injection
    log = subprocess.check_output("git -C /srv/wiki log --oneline -- pages/%s" % page_name, shell=True)
    return {"log": log.decode().splitlines()}


@view_config(route_name="tags", renderer="json")
def tags(request):
    tag = request.params.get("tag", "")
    # expect: sql-injection
    rows = request.dbsession.execute(text("SELECT name FROM pages WHERE tags LIKE '%" + tag + "%'")).all()
    return [r.name for r in rows]


@view_config(route_name="login_done")
def login_done(request):
    # expect: open-redirect
    return HTTPFound(location=request.params.get("came_from", "/"))
