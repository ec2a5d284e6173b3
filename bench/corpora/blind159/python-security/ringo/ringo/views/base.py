"""Generic list, print and download views for every modul."""
import logging

from pyramid.httpexceptions import HTTPBadRequest, HTTPFound
from pyramid.response import FileResponse, Response
from pyramid.view import view_config

from ringo.lib.helpers import get_action_routename
from ringo.lib.renderer.print_ import PrintRenderer
from ringo.lib.sql.query import ItemSearch
from ringo.views.helpers import get_item_from_request, get_item_modul
from ringo.views.request import handle_redirect_on_success, handle_redirect_safe

log = logging.getLogger(__name__)


def list_(clazz, request):
    search = request.params.get("search", "")
    sort_field = request.params.get("sort_field")
    if not sort_field:
        sort_field = request.session.get("%s.list.sort_field" % clazz.__tablename__, "id")
    request.session["%s.list.sort_field" % clazz.__tablename__] = sort_field
    request.session.save()
    items = ItemSearch(clazz, request.db).search(search, sort_field)
    return {"items": items, "clazz": clazz, "search": search}


def update_(clazz, request):
    item = get_item_from_request(request)
    for key in clazz.get_form_fields():
        if key in request.POST:
            setattr(item, key, request.POST[key])
    request.db.flush()
    return handle_redirect_on_success(request)


def delete_(clazz, request):
    item = get_item_from_request(request)
    request.db.delete(item)
    return handle_redirect_safe(request, get_action_routename(clazz, "list"))


def print_(clazz, request):
    item = get_item_from_request(request)
    template_name = request.params.get("template") or "%s.odt" % clazz.__tablename__
    output_format = request.params.get("format", "pdf")
    renderer = PrintRenderer(request.registry.settings["print.templates_dir"])
    document = renderer.render(item, template_name, output_format)
    return FileResponse(document, request=request, content_type="application/octet-stream")


@view_config(route_name="ringo-download", permission="read")
def download(request):
    item = get_item_from_request(request)
    if not item.data:
        raise HTTPBadRequest()
    response = Response(content_type=item.mime or "application/octet-stream")
    response.body = item.data
    return response
