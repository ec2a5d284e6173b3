from pyramid.httpexceptions import HTTPFound, HTTPSeeOther
from pyramid.response import Response, FileResponse
from pyramid.view import view_config, view_defaults
from sqlalchemy import text

import os

DOCS_ROOT = "/srv/docs"


@view_config(route_name="wiki_page", renderer="templates/page.jinja2")
def wiki_page(request):
    slug = request.matchdict["slug"]
    # expect: sql-injection
    row = request.dbsession.execute(text("SELECT body FROM pages WHERE slug = '%s'" % slug)).first()
    return {"body": row.body if row else ""}


@view_config(route_name="wiki_page_safe", renderer="templates/page.jinja2")
def wiki_page_safe(request):
    row = request.dbsession.execute(text("SELECT body FROM pages WHERE slug = :s"), {"s": request.matchdict["slug"]}).first()
    return {"body": row.body if row else ""}


@view_config(route_name="after_login")
def after_login(request):
    came_from = request.params.get("came_from", request.route_url("home"))
    # expect: open-redirect
    return HTTPFound(location=came_from)


@view_config(route_name="after_logout")
def after_logout(request):
    return HTTPSeeOther(location=request.route_url("home"))


@view_config(route_name="raw_preview")
def raw_preview(request):
    text_ = request.POST.get("text", "")
    # expect: xss
    return Response(f"<html><body>{text_}</body></html>", content_type="text/html")


@view_config(route_name="plain_preview")
def plain_preview(request):
    return Response(request.POST.get("text", ""), content_type="text/plain")


@view_config(route_name="doc_file")
def doc_file(request):
    name = request.params["name"]
    # expect: path-traversal
    return FileResponse(os.path.join(DOCS_ROOT, name), request=request)


@view_defaults(route_name="admin_sql", permission="admin")
class AdminSQL:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="POST", renderer="json")
    def run(self):
        table = self.request.json_body["table"]
        # expect: sql-injection
        rows = self.request.dbsession.execute(text(f"SELECT count(*) FROM {table}")).scalar()
        return {"count": rows}


def includeme(config):
    # expect: csrf-exempt
    config.set_default_csrf_options(require_csrf=False)
    config.scan(".")
