"""Pyramid views that echo request values."""
import pyramid.request
from pyramid.response import Response
from pyramid.view import view_config


@view_config(route_name="greet")
def greet(request):
    name = request.params.get("name", "guest")
    # expect: xss
    return Response("<h1>Hello " + name + "</h1>")


@view_config(route_name="search", renderer="string")
def search(request):
    term = request.GET["q"]
    # expect: xss
    request.response.text = f"<p>No results for {term}</p>"
    return request.response


@view_config(route_name="preview")
def preview(request):
    body = request.json_body["html"]
    # expect: xss
    request.response.body = body.encode("utf-8")
    return request.response


@view_config(route_name="legacy")
def legacy(request):
    note = request.matchdict["note"]
    # expect: xss
    request.response.unicode_body = "<div>%s</div>" % note
    return request.response


@view_config(route_name="raw")
def raw(request):
    # expect: xss
    return pyramid.request.Response(request.params["msg"])


@view_config(route_name="greet_safe", renderer="templates/greet.jinja2")
def greet_safe(request):
    return {"name": request.params.get("name", "guest")}


@view_config(route_name="count")
def count(request):
    rows = request.dbsession.query_count()
    return Response(f"<p>{int(rows)} rows</p>")
