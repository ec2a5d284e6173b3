# library: Pyramid (Response built from request data)
"""Wiki page helpers."""
from html import escape

from pyramid.response import Response
from pyramid.view import view_config


@view_config(route_name="wiki_missing")
def missing(request):
    title = request.params.get("title", "")
    # expect: xss
    return Response("<h1>No page named " + title + "</h1>", status=404)


@view_config(route_name="wiki_missing_safe")
def missing_safe(request):
    title = request.params.get("title", "")
    return Response("<h1>No page named " + escape(title) + "</h1>", status=404)


@view_config(route_name="wiki_preview")
def preview(request):
    # expect: xss
    return Response(body=f"<div class='preview'>{request.POST['source']}</div>", content_type="text/html")


@view_config(route_name="wiki_raw")
def raw(request):
    return Response(request.params.get("source", ""), content_type="text/plain")


@view_config(route_name="wiki_page", renderer="templates/page.jinja2")
def page(request):
    return {"title": request.matchdict["title"]}


@view_config(route_name="wiki_echo")
def echo(request):
    resp = Response()
    # expect: xss
    resp.text = "<p>" + request.params["msg"] + "</p>"
    return resp
