"""Wiki views (Pyramid)."""
from chameleon import PageTemplate
from lxml import etree
from mako.template import Template as MakoTemplate
from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.response import Response
from pyramid.view import view_config

from . import storage


@view_config(route_name="page", renderer="json")
def page(request):
    slug = request.matchdict["slug"]
    lang = request.environ.get("wiki.lang", "en")
    row = storage.page_by_slug(slug, lang)
    if row is None:
        raise HTTPNotFound()
    return {"title": row[0], "body": row[1]}


@view_config(route_name="render")
def render_preview(request):
    source = request.params.get("template", "<p>${title}</p>")
    # expect: template-injection
    tmpl = PageTemplate(source)
    return Response(tmpl(title="Preview"))


@view_config(route_name="page_raw")
def page_raw(request):
    data = request.json_body
    markup = data.get("markup", "")
    # expect: template-injection
    html = MakoTemplate(markup).render(slug=request.matchdict["slug"])
    return Response(html)


@view_config(route_name="attachments")
def attachment(request):
    path = storage.attachment_path(request.matchdict["slug"], request.matchdict["name"])
    return Response(body=storage.read_attachment(path), content_type="application/octet-stream")


@view_config(route_name="search", renderer="json")
def search(request):
    term = request.params.get("q", "")
    tree = etree.parse("/srv/wiki/index.xml")
    # expect: xpath-injection
    hits = tree.xpath("//page[contains(title, '" + term + "')]/@slug")
    return {"hits": list(hits)}


@view_config(route_name="xml_import", request_method="POST", renderer="json")
def xml_import(request):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    # expect: xxe
    doc = etree.fromstring(request.body, parser)
    return {"pages": len(doc.findall("page"))}


@view_config(route_name="lang")
def set_lang(request):
    back = request.params.get("came_from", request.application_url)
    request.session["lang"] = request.environ["wiki.theme"]
    # expect: open-redirect
    return HTTPFound(location=back)
