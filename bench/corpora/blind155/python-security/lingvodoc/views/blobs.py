"""User blob views: upload, list and the dictionary info page (Pyramid)."""
import logging

from markupsafe import escape
from pyramid.httpexceptions import HTTPBadRequest, HTTPNotFound
from pyramid.response import Response
from pyramid.security import authenticated_userid
from pyramid.view import view_config

from lingvodoc.models import DBSession, Dictionary, UserBlobs
from lingvodoc.utils.storage import blob_store_path, safe_blob_name, write_blob

log = logging.getLogger(__name__)


@view_config(route_name="upload_user_blob", renderer="json", request_method="POST")
def upload_user_blob(request):
    client_id = authenticated_userid(request)
    if not client_id:
        raise HTTPBadRequest("not logged in")
    blob = request.POST["blob"]
    data_type = request.POST.get("data_type", "sound")
    filename = request.POST.get("filename") or blob.filename
    if request.POST.get("sanitize"):
        filename = safe_blob_name(filename)
    path = blob_store_path(request.registry.settings["storage"], data_type, client_id, filename)
    write_blob(path, blob.file)
    row = UserBlobs(client_id=client_id, name=filename, data_type=data_type, real_storage_path=path)
    DBSession.add(row)
    DBSession.flush()
    return {"client_id": row.client_id, "object_id": row.object_id}


@view_config(route_name="list_user_blobs", renderer="json", request_method="GET")
def list_user_blobs(request):
    client_id = authenticated_userid(request)
    data_type = request.params.get("data_type")
    query = DBSession.query(UserBlobs).filter_by(client_id=client_id)
    if data_type:
        query = query.filter(UserBlobs.data_type == data_type)
    return [{"name": b.name, "data_type": b.data_type} for b in query.all()]


@view_config(route_name="dictionary_info_page", request_method="GET")
def dictionary_info_page(request):
    client_id = int(request.matchdict.get("client_id"))
    object_id = int(request.matchdict.get("object_id"))
    dictionary = DBSession.query(Dictionary).filter_by(client_id=client_id, object_id=object_id).first()
    if not dictionary:
        raise HTTPNotFound()
    body = "<h1>%s</h1><div class='about'>%s</div>" % (escape(dictionary.get_translation()), dictionary.additional_metadata.get("about", ""))
    # expect: xss
    return Response(body, content_type="text/html")


@view_config(route_name="dictionary_info_page_escaped", request_method="GET")
def dictionary_info_page_escaped(request):
    client_id = int(request.matchdict.get("client_id"))
    object_id = int(request.matchdict.get("object_id"))
    dictionary = DBSession.query(Dictionary).filter_by(client_id=client_id, object_id=object_id).first()
    if not dictionary:
        raise HTTPNotFound()
    about = escape(dictionary.additional_metadata.get("about", ""))
    body = "<h1>%s</h1><div class='about'>%s</div>" % (escape(dictionary.get_translation()), about)
    return Response(body, content_type="text/html")


@view_config(route_name="dictionary_about", renderer="json", request_method="PUT")
def dictionary_about_put(request):
    client_id = int(request.matchdict.get("client_id"))
    object_id = int(request.matchdict.get("object_id"))
    dictionary = DBSession.query(Dictionary).filter_by(client_id=client_id, object_id=object_id).first()
    dictionary.additional_metadata = dict(dictionary.additional_metadata or {}, about=request.json_body.get("about", ""))
    return {"status": "ok"}
