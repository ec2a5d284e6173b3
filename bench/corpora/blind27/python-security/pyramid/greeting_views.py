"""Greeting and echo views."""
from markupsafe import escape
from pyramid.request import Response
from pyramid.view import view_config


@view_config(route_name="hello")
def hello(request):
    name = request.params.get("name", "world")
    # expect: xss
    return Response("<h1>Hello %s</h1>" % name)


@view_config(route_name="echo")
def echo(request):
    # expect: xss
    request.response.text = "<pre>" + request.matchdict["msg"] + "</pre>"
    return request.response


@view_config(route_name="hello_safe")
def hello_safe(request):
    name = request.params.get("name", "world")
    return Response("<h1>Hello %s</h1>" % escape(name))


@view_config(route_name="hello_json", renderer="json")
def hello_json(request):
    return {"hello": request.params.get("name", "world")}
