"""Small diagnostic and preview views."""
from html import escape

from pyramid.request import Response
from pyramid.view import view_config


@view_config(route_name="hello")
def hello(request):
    name = request.params.get("name", "world")
    # expect: xss
    return Response("<h1>Hello, %s!</h1>" % name)


@view_config(route_name="search_echo")
def search_echo(request):
    term = request.GET.get("q", "")
    # expect: xss
    request.response.text = f"<p>No results for <b>{term}</b></p>"
    request.response.content_type = "text/html"
    return request.response


@view_config(route_name="preview")
def preview(request):
    body = request.POST.get("body", "")
    # expect: xss
    request.response.body = ("<article>" + body + "</article>").encode("utf-8")
    return request.response


@view_config(route_name="error_page")
def error_page(request):
    path = request.path_qs
    # expect: xss
    return Response(body="<p>Page " + path + " was not found.</p>", status=404, content_type="text/html")


@view_config(route_name="hello_safe")
def hello_safe(request):
    name = request.params.get("name", "world")
    return Response("<h1>Hello, %s!</h1>" % escape(name))


@view_config(route_name="hello_json", renderer="json")
def hello_json(request):
    return {"greeting": "Hello, " + request.params.get("name", "world")}


@view_config(route_name="hello_template", renderer="templates/hello.jinja2")
def hello_template(request):
    return {"name": request.params.get("name", "world")}


@view_config(route_name="health")
def health(request):
    return Response("ok", content_type="text/plain")
