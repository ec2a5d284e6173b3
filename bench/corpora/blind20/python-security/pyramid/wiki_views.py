"""Wiki views (Pyramid): page rendering, previews, cookies and CSRF."""
from html import escape

from pyramid.csrf import check_csrf_token
from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.renderers import render_to_response
from pyramid.response import Response
from pyramid.view import view_config

from .models import Page


@view_config(route_name="page", renderer="templates/page.jinja2")
def view_page(request):
    page = request.dbsession.get(Page, request.matchdict["name"])
    if page is None:
        raise HTTPNotFound()
    return {"page": page}


@view_config(route_name="hello")
def hello(request):
    name = request.params.get("name", "stranger")
    # expect: xss
    return Response(f"<h1>Hello {name}!</h1>")


@view_config(route_name="hello_safe")
def hello_safe(request):
    name = request.params.get("name", "stranger")
    return Response(f"<h1>Hello {escape(name)}!</h1>")


@view_config(route_name="hello_text")
def hello_text(request):
    return Response("Hello %s" % request.params.get("name", ""), content_type="text/plain")


@view_config(route_name="preview", request_method="POST")
def preview(request):
    body = request.POST.get("body", "")
    # expect: xss
    return Response(body=("<div class='preview'>" + body + "</div>").encode("utf-8"), content_type="text/html")


@view_config(route_name="search")
def search(request):
    q = request.params.get("q", "")
    return render_to_response("templates/search.jinja2", {"q": q, "results": []}, request=request)


@view_config(route_name="page_edit", request_method="POST", require_csrf=True)
def edit_page(request):
    page = request.dbsession.get(Page, request.matchdict["name"])
    page.data = request.POST["body"]
    return HTTPFound(location=request.route_url("page", name=page.name))


@view_config(route_name="page_delete", request_method="POST")
def delete_page(request):
    check_csrf_token(request)
    request.dbsession.delete(request.dbsession.get(Page, request.matchdict["name"]))
    return HTTPFound(location=request.route_url("home"))


# expect: csrf
@view_config(route_name="page_rename", request_method="POST", require_csrf=False)
def rename_page(request):
    page = request.dbsession.get(Page, request.matchdict["name"])
    page.name = request.POST["new_name"]
    return HTTPFound(location=request.route_url("page", name=page.name))


@view_config(route_name="set_editor")
def set_editor(request):
    resp = HTTPFound(location=request.route_url("home"))
    resp.set_cookie("editor", request.params.get("editor", "markdown"), max_age=86400 * 30)
    return resp


@view_config(route_name="login", request_method="POST")
def login(request):
    token = request.find_service(name="auth").login(request.POST["login"], request.POST["password"])
    resp = HTTPFound(location=request.route_url("home"))
    # expect: insecure-cookie
    resp.set_cookie("auth_tkt", token, max_age=86400)
    return resp


@view_config(route_name="login_v2", request_method="POST")
def login_v2(request):
    token = request.find_service(name="auth").login(request.POST["login"], request.POST["password"])
    resp = HTTPFound(location=request.route_url("home"))
    resp.set_cookie("auth_tkt", token, max_age=86400, secure=True, httponly=True, samesite="Lax")
    return resp
