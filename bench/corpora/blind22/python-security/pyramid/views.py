"""Member portal views."""
from markupsafe import escape
from pyramid.httpexceptions import HTTPFound
from pyramid.response import Response
from pyramid.view import view_config

from .models import DBSession, Member
from sqlalchemy import text


@view_config(route_name="hello")
def hello(request):
    name = request.params.get("name", "member")
    # expect: xss
    return Response(f"<h1>Welcome back, {name}</h1>")


@view_config(route_name="hello_safe")
def hello_safe(request):
    name = request.params.get("name", "member")
    return Response(f"<h1>Welcome back, {escape(name)}</h1>")


@view_config(route_name="prefs", request_method="POST", require_csrf=True)
def prefs(request):
    resp = HTTPFound(location=request.route_url("home"))
    # expect: cookie-flags
    resp.set_cookie("member_session", request.session.get_csrf_token())
    resp.set_cookie("member_session_v2", request.session.get_csrf_token(), secure=True, httponly=True, samesite="Lax")
    resp.set_cookie("font_size", request.params.get("font", "m"), samesite="Lax")
    return resp


# expect: csrf
@view_config(route_name="unsubscribe", request_method="POST", require_csrf=False)
def unsubscribe(request):
    request.user.subscribed = False
    return Response("ok", content_type="text/plain")


@view_config(route_name="members", renderer="json")
def members(request):
    city = request.params.get("city", "")
    # expect: sql-injection
    rows = DBSession.execute(text("SELECT id FROM members WHERE city = '%s'" % city)).all()
    ok = DBSession.query(Member.id).filter(Member.city == city).all()
    return {"ids": [r[0] for r in rows] + [r[0] for r in ok]}
