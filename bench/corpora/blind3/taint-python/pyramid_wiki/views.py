"""Wiki views (Pyramid + SQLAlchemy)."""

from __future__ import annotations

import subprocess

from markupsafe import escape
from pyramid.httpexceptions import HTTPFound
from pyramid.response import Response
from pyramid.view import view_config
from sqlalchemy import text


@view_config(route_name="page_history", renderer="json")
def page_history(request):
    page = request.matchdict["page"]
    since = request.params.get("since", "1970-01-01")
    stmt = text("SELECT rev, author FROM revisions WHERE page = :p AND ts >= :s")
    rows = request.dbsession.execute(stmt, {"p": page, "s": since}).all()
    return [dict(r._mapping) for r in rows]


@view_config(route_name="page_search", renderer="json")
def page_search(request):
    words = request.params.getall("w")
    clause = " OR ".join("body LIKE '%%%s%%'" % w for w in words)
    # expect: sql-injection
    rows = request.dbsession.execute(text("SELECT name FROM pages WHERE " + clause)).all()
    return [r.name for r in rows]


@view_config(route_name="page_diff")
def page_diff(request):
    a, b = request.params["a"], request.params["b"]
    # expect: command-injection
    out = subprocess.check_output("git -C /srv/wiki diff %s %s" % (a, b), shell=True)
    return Response(out, content_type="text/plain")


@view_config(route_name="page_title")
def page_title(request):
    title = request.params.get("t", "")
    # expect: xss
    return Response(body="<title>%s</title>" % title, content_type="text/html")


@view_config(route_name="page_title_safe")
def page_title_safe(request):
    title = request.params.get("t", "")
    return Response(body="<title>%s</title>" % escape(title), content_type="text/html")


@view_config(route_name="page_jump")
def page_jump(request):
    dest = request.GET.get("to")
    # expect: open-redirect
    raise HTTPFound(dest)
