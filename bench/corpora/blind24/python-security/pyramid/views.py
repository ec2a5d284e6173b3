"""Wiki views (Pyramid 2.0)."""
from html import escape

from pyramid.httpexceptions import HTTPFound
from pyramid.response import Response
from pyramid.view import view_config


@view_config(route_name="page_preview")
def page_preview(request):
    title = request.params.get("title", "Untitled")
    # expect: xss
    return Response(f"<h1>{title}</h1>")


@view_config(route_name="page_preview_safe")
def page_preview_safe(request):
    title = request.params.get("title", "Untitled")
    return Response(f"<h1>{escape(title)}</h1>")


@view_config(route_name="page_view", renderer="templates/page.jinja2")
def page_view(request):
    return {"page": request.dbsession.get_page(request.matchdict["name"])}


@view_config(route_name="page_edit", request_method="POST", require_csrf=True)
def page_edit(request):
    request.dbsession.save_page(request.matchdict["name"], request.POST["body"])
    return HTTPFound(location=request.route_url("page_view", name=request.matchdict["name"]))


# expect: csrf
@view_config(route_name="page_delete", request_method="POST", require_csrf=False)
def page_delete(request):
    request.dbsession.delete_page(request.matchdict["name"])
    return HTTPFound(location=request.route_url("home"))


@view_config(route_name="set_lang")
def set_lang(request):
    resp = HTTPFound(location=request.route_url("home"))
    resp.set_cookie("lang", request.params.get("lang", "en"), max_age=31536000, secure=True, httponly=True)
    return resp


@view_config(route_name="remember")
def remember(request):
    resp = Response("ok")
    # expect: insecure-cookie
    resp.set_cookie("wiki_auth", request.session["token"], max_age=86400)
    return resp
