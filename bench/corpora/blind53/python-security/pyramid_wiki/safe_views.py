"""Reviewed counterparts of the wiki views."""
from chameleon import PageTemplate
from lxml import etree
from markupsafe import escape
from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.response import Response
from pyramid.view import view_config

from . import storage

PREVIEW_TEMPLATE = PageTemplate("<p>${title}</p>")
LANGS = {"en", "de", "fr", "nl"}


@view_config(route_name="page", renderer="json", request_param="v2")
def page(request):
    slug = request.matchdict["slug"]
    lang = request.environ.get("wiki.lang", "en")
    if lang not in LANGS:
        lang = "en"
    row = storage.page_by_slug_bound(slug, lang)
    if row is None:
        raise HTTPNotFound()
    return {"title": row[0], "body": row[1]}


@view_config(route_name="render", request_param="v2")
def render_preview(request):
    title = request.params.get("title", "Preview")
    return Response(PREVIEW_TEMPLATE(title=title))


@view_config(route_name="attachments", request_param="v2")
def attachment(request):
    try:
        body = storage.read_attachment_checked(request.matchdict["slug"], request.matchdict["name"])
    except (PermissionError, FileNotFoundError):
        raise HTTPNotFound()
    return Response(body=body, content_type="application/octet-stream")


@view_config(route_name="search", renderer="json", request_param="v2")
def search(request):
    term = request.params.get("q", "")
    tree = etree.parse("/srv/wiki/index.xml")
    hits = tree.xpath("//page[contains(title, $term)]/@slug", term=term)
    words = [w for w in term.split() if w]
    return {"hits": list(hits), "db": storage.search_titles(words)}


@view_config(route_name="xml_import", request_method="POST", renderer="json", request_param="v2")
def xml_import(request):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(request.body, parser)
    return {"pages": len(doc.findall("page"))}


@view_config(route_name="lang", request_param="v2")
def set_lang(request):
    lang = request.params.get("lang", "en")
    request.session["lang"] = lang if lang in LANGS else "en"
    return HTTPFound(location=request.route_url("page", slug="home"))


@view_config(route_name="page_raw", request_param="v2")
def page_raw(request):
    slug = request.matchdict["slug"]
    return Response(f"<pre>{escape(slug)}</pre>")
