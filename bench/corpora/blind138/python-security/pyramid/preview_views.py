"""Markdown preview and echo endpoints."""
import html

from pyramid.request import Response
from pyramid.view import view_config


@view_config(route_name="preview")
def preview(request):
    title = request.params.get("title", "")
    # expect: xss
    return Response("<h1>%s</h1>" % title)


@view_config(route_name="echo")
def echo(request):
    # expect: xss
    request.response.text = "<p>You searched for " + request.GET.get("q", "") + "</p>"
    return request.response


@view_config(route_name="greet")
def greet(request):
    name = request.matchdict["name"]
    # expect: xss
    return Response(body=f"<p>Hello {name}</p>".encode())


@view_config(route_name="preview_safe")
def preview_safe(request):
    return Response("<h1>%s</h1>" % html.escape(request.params.get("title", "")))


@view_config(route_name="echo_json", renderer="json")
def echo_json(request):
    return {"q": request.GET.get("q", "")}


@view_config(route_name="page", renderer="templates/page.jinja2")
def page(request):
    return {"title": request.params.get("title", "")}


@view_config(route_name="status")
def status(request):
    count = int(request.params.get("n", 0))
    return Response("<p>%d items</p>" % count)
