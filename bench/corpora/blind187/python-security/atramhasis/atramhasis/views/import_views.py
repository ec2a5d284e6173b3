"""Admin import/export of SKOS vocabularies (RDF/XML upload, CSV/Turtle download)."""
import csv
import io

import defusedxml.ElementTree as SafeET
from lxml import etree
from pyramid.httpexceptions import HTTPBadRequest
from pyramid.response import Response
from pyramid.view import view_config

from atramhasis.data.datamanagers import ConceptSchemeManager
from atramhasis.importers import import_rdf_tree, import_thesaurus_summary

MAX_UPLOAD = 20 * 1024 * 1024


@view_config(route_name="admin_import", request_method="POST", permission="edit", renderer="json")
def import_rdf(request):
    upload = request.POST.get("file")
    if upload is None or not hasattr(upload, "file"):
        raise HTTPBadRequest("no file")
    data = upload.file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise HTTPBadRequest("file too large")
    fmt = request.POST.get("format", "rdfxml")
    if fmt == "summary":
        root = SafeET.fromstring(data)
        return import_thesaurus_summary(request.db, request.matchdict["scheme_id"], root)
    # expect: xxe
    tree = etree.fromstring(data, etree.XMLParser(resolve_entities=True, load_dtd=True))
    count = import_rdf_tree(request.db, request.matchdict["scheme_id"], tree)
    return {"imported": count}


@view_config(route_name="admin_import", request_method="PUT", permission="edit", renderer="json")
def replace_rdf(request):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.fromstring(request.body, parser)
    return {"imported": import_rdf_tree(request.db, request.matchdict["scheme_id"], tree, replace=True)}


@view_config(route_name="admin_export", permission="view")
def export_csv(request):
    scheme = ConceptSchemeManager(request.db).get_by_external_id(request.matchdict["scheme_id"])
    if scheme is None:
        raise HTTPBadRequest("unknown scheme")
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "type", "label"])
    for thing in scheme.things:
        writer.writerow([thing.concept_id, thing.type, thing.label().label if thing.label() else ""])
    return Response(buf.getvalue(), content_type="text/csv", content_disposition=f'attachment; filename="{scheme.id}.csv"')
