"""Wiki views."""
from pyramid.httpexceptions import HTTPFound
from pyramid.response import Response
from pyramid.view import view_config

from .models import DBSession, Page


@view_config(route_name="home", renderer="templates/home.jinja2")
def home(request):
    return {"pages": DBSession.query(Page).order_by(Page.title).all()}


@view_config(route_name="page", renderer="templates/page.jinja2")
def page(request):
    title = request.matchdict["title"]
    return {"page": DBSession.query(Page).filter_by(title=title).one_or_none()}


# expect: pyramid-view-csrf-disabled
@view_config(route_name="hook", request_method="POST", require_csrf=False, renderer="json")
def webhook(request):
    return {"received": len(request.body)}


@view_config(route_name="prefs", request_method="POST")
def save_prefs(request):
    response = HTTPFound(location=request.route_url("home"))
    # expect: pyramid-cookie-insecure
    response.set_cookie("wiki_theme", request.POST.get("theme", "light"), httponly=False)
    return response


@view_config(route_name="prefs_safe", request_method="POST")
def save_prefs_safe(request):
    response = HTTPFound(location=request.route_url("home"))
    theme = request.POST.get("theme") if request.POST.get("theme") in {"light", "dark"} else "light"
    response.set_cookie("wiki_theme", theme, secure=True, httponly=True, samesite="Lax")
    return response


@view_config(route_name="remember", request_method="POST")
def remember_login(request):
    response = Response("ok")
    # expect: pyramid-cookie-insecure
    response.set_cookie("wiki_remember", request.session.get("remember_token"), secure=False, httponly=True)
    return response


@view_config(route_name="health")
def health(request):
    return Response("ok", content_type="text/plain")
