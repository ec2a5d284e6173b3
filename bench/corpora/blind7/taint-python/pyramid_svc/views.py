import subprocess

from pyramid.httpexceptions import HTTPBadRequest, HTTPFound
from pyramid.response import FileResponse, Response
from pyramid.view import view_config, view_defaults
from sqlalchemy import text

from .models import DBSession

ALLOWED_NEXT = {"/", "/dashboard", "/settings"}


@view_config(route_name="search", renderer="json")
def search(request):
    q = request.params.get("q", "")
    # expect: sql-injection
    rows = DBSession.execute(text("SELECT id, name FROM pages WHERE name LIKE '%" + q + "%'")).fetchall()
    return [{"id": r.id, "name": r.name} for r in rows]


@view_config(route_name="search_safe", renderer="json")
def search_safe(request):
    q = request.params.get("q", "")
    rows = DBSession.execute(text("SELECT id, name FROM pages WHERE name LIKE :q"), {"q": f"%{q}%"}).fetchall()
    return [{"id": r.id, "name": r.name} for r in rows]


@view_config(route_name="go")
def go(request):
    target = request.GET.get("next", "/")
    if target not in ALLOWED_NEXT:
        target = "/"
    return HTTPFound(location=target)


@view_config(route_name="go_any")
def go_any(request):
    # expect: open-redirect
    return HTTPFound(location=request.params["next"])


@view_defaults(route_name="files")
class FileViews:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="GET")
    def get(self):
        name = self.request.matchdict["name"]
        # expect: path-traversal
        return FileResponse("/srv/pyramid/files/" + name, request=self.request)

    @view_config(request_method="POST", renderer="json")
    def post(self):
        body = self.request.json_body
        path = body.get("path")
        if path is None:
            raise HTTPBadRequest()
        # expect: command-injection
        out = subprocess.check_output("wc -l /srv/pyramid/files/" + path, shell=True)
        return {"lines": out.decode().split()[0]}


@view_config(route_name="banner")
def banner(request):
    msg = request.params.get("msg", "")
    # expect: xss
    return Response("<div class='banner'>%s</div>" % msg)
