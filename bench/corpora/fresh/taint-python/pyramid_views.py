"""Pyramid views of the wiki."""
import os

import lxml.etree as etree
import ldap
from pyramid.httpexceptions import HTTPFound
from pyramid.response import Response
from pyramid.view import view_config

from .storage import PAGES_DIR, db_session


@view_config(route_name="page", renderer="json")
def page(request):
    slug = request.matchdict["slug"]
    path = os.path.join(PAGES_DIR, slug + ".md")
    # expect: path-traversal
    with open(path, encoding="utf-8") as fh:
        return {"body": fh.read()}


@view_config(route_name="page_safe", renderer="json")
def page_safe(request):
    slug = os.path.basename(request.matchdict["slug"])
    path = os.path.join(PAGES_DIR, slug + ".md")
    with open(path, encoding="utf-8") as fh:
        return {"body": fh.read()}


@view_config(route_name="history", renderer="json")
def history(request):
    author = request.params.get("author", "")
    clauses = ["author = '%s'" % author, "deleted = 0"]
    sql = "SELECT id FROM revisions WHERE " + " AND ".join(clauses)
    # expect: sql-injection
    rows = db_session.execute(sql).fetchall()
    return {"ids": [r[0] for r in rows]}


@view_config(route_name="people", renderer="json")
def people(request):
    uid = request.params["uid"]
    conn = ldap.initialize("ldap://directory.internal")
    # expect: ldap-injection
    found = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % uid)
    return {"n": len(found)}


@view_config(route_name="config", renderer="json")
def config(request):
    key = request.GET["key"]
    tree = etree.parse(os.path.join(PAGES_DIR, "config.xml"))
    # expect: xpath-injection
    values = tree.xpath("//setting[@name='" + key + "']/text()")
    return {"values": values}


@view_config(route_name="back")
def back(request):
    came_from = request.params.get("came_from", "/")
    # expect: open-redirect
    return HTTPFound(location=came_from)


@view_config(route_name="render")
def render(request):
    title = request.json_body.get("title", "")
    body = "<h1>%s</h1>" % title
    # expect: xss
    return Response(body, content_type="text/html")


@view_config(route_name="render_text")
def render_text(request):
    title = request.json_body.get("title", "")
    return Response("Title: %s" % title, content_type="text/plain")
