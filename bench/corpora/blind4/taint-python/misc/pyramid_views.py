"""Pyramid views for the knowledge base."""
import os
import subprocess

import requests
from lxml import etree
from pyramid.httpexceptions import HTTPBadRequest, HTTPFound
from pyramid.response import FileResponse, Response
from pyramid.view import view_config
from sqlalchemy import text

from .models import DBSession

ARTICLES = "/srv/kb/articles"
INDEX_XML = "/srv/kb/index.xml"


@view_config(route_name="article", renderer="json")
def article(request):
    slug = request.matchdict["slug"]
    # expect: tainted-sql
    row = DBSession.execute(text("SELECT * FROM articles WHERE slug = '%s'" % slug)).first()
    return dict(row._mapping) if row else {}


@view_config(route_name="article_safe", renderer="json")
def article_safe(request):
    row = DBSession.execute(text("SELECT * FROM articles WHERE slug = :s"), {"s": request.matchdict["slug"]}).first()
    return dict(row._mapping) if row else {}


@view_config(route_name="attachment")
def attachment(request):
    name = request.params.get("file", "")
    path = os.path.join(ARTICLES, "attachments", name)
    # expect: tainted-path
    return FileResponse(path, request=request)


@view_config(route_name="by_tag", renderer="json")
def by_tag(request):
    tag = request.params.get("tag", "")
    tree = etree.parse(INDEX_XML)
    # expect: tainted-xpath
    nodes = tree.xpath("//article[tag='%s']/@slug" % tag)
    return {"slugs": [str(n) for n in nodes]}


@view_config(route_name="by_tag_safe", renderer="json")
def by_tag_safe(request):
    tree = etree.parse(INDEX_XML)
    nodes = tree.xpath("//article[tag=$t]/@slug", t=request.params.get("tag", ""))
    return {"slugs": [str(n) for n in nodes]}


@view_config(route_name="import_url", renderer="json", request_method="POST")
def import_url(request):
    url = request.json_body["url"]
    # expect: tainted-ssrf
    html = requests.get(url, timeout=10).text
    return {"length": len(html)}


@view_config(route_name="render_pdf", request_method="POST")
def render_pdf(request):
    slug = request.json_body.get("slug", "")
    if not slug.replace("-", "").isalnum():
        raise HTTPBadRequest("bad slug")
    subprocess.run(["wkhtmltopdf", f"https://kb.example.com/a/{slug}", f"/tmp/{slug}.pdf"], check=True)
    return Response(status=202)


@view_config(route_name="out")
def out(request):
    target = request.GET.get("u", "/")
    # expect: tainted-redirect
    return HTTPFound(location=target)
