import os
import xml.etree.ElementTree as ET

from lxml import etree
from pyramid.httpexceptions import HTTPBadRequest, HTTPFound, HTTPNotFound
from pyramid.response import FileResponse, Response
from pyramid.view import view_config, view_defaults
from sqlalchemy import text

from .tree import PAGES_XML

ATTACH_ROOT = "/srv/wiki/attachments"


def page_title_from(request):
    return request.matchdict.get("title") or request.params.get("title", "")


@view_defaults(renderer="json")
class PageViews:
    def __init__(self, request):
        self.request = request
        self.db = request.dbsession

    @view_config(route_name="page_history")
    def history(self):
        title = page_title_from(self.request)
        query = "SELECT rev, author, ts FROM revisions WHERE page = '%s' ORDER BY rev DESC" % title
        # expect: sql-injection
        return [dict(r._mapping) for r in self.db.execute(text(query))]

    @view_config(route_name="page_history_safe")
    def history_safe(self):
        title = page_title_from(self.request)
        query = text("SELECT rev, author, ts FROM revisions WHERE page = :p ORDER BY rev DESC")
        return [dict(r._mapping) for r in self.db.execute(query, {"p": title})]

    @view_config(route_name="page_lookup")
    def lookup(self):
        slug = self.request.params["slug"]
        doc = etree.parse(PAGES_XML)
        # expect: xpath-injection
        nodes = doc.xpath("//page[@slug='" + slug + "']/title/text()")
        return {"titles": [str(n) for n in nodes]}

    @view_config(route_name="page_lookup_safe")
    def lookup_safe(self):
        slug = self.request.params["slug"]
        doc = etree.parse(PAGES_XML)
        nodes = doc.xpath("//page[@slug=$slug]/title/text()", slug=slug)
        return {"titles": [str(n) for n in nodes]}


@view_config(route_name="attachment")
def attachment(request):
    name = request.params.get("name", "")
    # expect: path-traversal
    return FileResponse(os.path.join(ATTACH_ROOT, name), request=request)


@view_config(route_name="attachment_safe")
def attachment_safe(request):
    name = os.path.basename(request.params.get("name", ""))
    path = os.path.realpath(os.path.join(ATTACH_ROOT, name))
    if not path.startswith(ATTACH_ROOT + os.sep) or not os.path.isfile(path):
        raise HTTPNotFound()
    return FileResponse(path, request=request)


@view_config(route_name="login_done")
def login_done(request):
    came_from = request.params.get("came_from", request.route_url("home"))
    # expect: open-redirect
    return HTTPFound(location=came_from)


@view_config(route_name="login_done_safe")
def login_done_safe(request):
    came_from = request.params.get("came_from", "")
    if not came_from.startswith(request.application_url + "/"):
        came_from = request.route_url("home")
    return HTTPFound(location=came_from)


@view_config(route_name="preview")
def preview(request):
    body = request.POST.get("body", "")
    # expect: xss
    return Response("<article>" + body + "</article>", content_type="text/html")


@view_config(route_name="preview_plain")
def preview_plain(request):
    body = request.POST.get("body", "")
    return Response(body, content_type="text/plain")


@view_config(route_name="sitemap")
def sitemap(request):
    root = ET.Element("urlset")
    for slug in ("home", "about", "faq"):
        ET.SubElement(root, "url").text = request.route_url("page", title=slug)
    return Response(ET.tostring(root), content_type="application/xml")


@view_config(route_name="bad")
def bad(request):
    raise HTTPBadRequest()
