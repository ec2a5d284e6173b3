"""Markdown preview and widget endpoints."""
import html

import markdown
from pyramid.request import Response
from pyramid.view import view_config
from pyramid.response import Response as PlainResponse


@view_config(route_name="preview", request_method="POST")
def preview(request):
    source = request.POST.get("body", "")
    rendered = markdown.markdown(source)
    # expect: xss
    return Response(rendered)


@view_config(route_name="greet")
def greet(request):
    name = request.params.get("name", "friend")
    # expect: xss
    request.response.text = "<h1>Hello, %s!</h1>" % name
    return request.response


@view_config(route_name="widget")
def widget(request):
    theme = request.matchdict["theme"]
    body = f"<div class='widget widget-{theme}'>loading…</div>"
    # expect: xss
    request.response.body = body.encode("utf-8")
    return request.response


@view_config(route_name="echo_header")
def echo_header(request):
    # expect: xss
    return Response(body="<pre>" + request.headers.get("X-Trace-Id", "") + "</pre>", content_type="text/html")


@view_config(route_name="safe_greet")
def safe_greet(request):
    name = html.escape(request.params.get("name", "friend"))
    request.response.text = "<h1>Hello, %s!</h1>" % name
    return request.response


@view_config(route_name="status")
def status(request):
    count = request.dbsession.query_count()
    return PlainResponse(f"ok {count}", content_type="text/plain")


@view_config(route_name="profile", renderer="templates/profile.jinja2")
def profile(request):
    return {"name": request.params.get("name", "")}
