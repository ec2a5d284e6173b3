"""Pyramid views for the legacy reporting portal."""

from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.response import Response
from pyramid.view import view_config, view_defaults
from sqlalchemy import text

from .models import DBSession


@view_defaults(route_name="report", renderer="json")
class ReportViews:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="GET")
    def get(self):
        report_id = self.request.matchdict["id"]
        row = DBSession.execute(text("SELECT * FROM reports WHERE id = :id"), {"id": report_id}).first()
        if row is None:
            raise HTTPNotFound()
        return dict(row._mapping)

    @view_config(request_method="GET", name="by-owner")
    def by_owner(self):
        owner = self.request.params.get("owner", "")
        # expect: sql-injection
        rows = DBSession.execute(text("SELECT * FROM reports WHERE owner = '%s'" % owner)).all()
        return [dict(r._mapping) for r in rows]


@view_config(route_name="login_done")
def login_done(request):
    came_from = request.params.get("came_from", "/")
    # expect: open-redirect
    return HTTPFound(location=came_from)


@view_config(route_name="logout")
def logout(request):
    return HTTPFound(location=request.route_url("home"))


@view_config(route_name="hello")
def hello(request):
    name = request.params.get("name", "world")
    # expect: xss
    return Response("<p>Hello, " + name + "</p>", content_type="text/html")


@view_config(route_name="hello_text")
def hello_text(request):
    name = request.params.get("name", "world")
    return Response("Hello, " + name, content_type="text/plain")
