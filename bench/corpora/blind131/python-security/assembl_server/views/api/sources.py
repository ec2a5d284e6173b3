from pyramid.httpexceptions import HTTPBadRequest
from pyramid.view import view_config

from assembl_server.auth import P_ADMIN_DISC
from assembl_server.models import source as source_model
from assembl_server.tasks import source_reader

KINDS = ("feed", "facebook", "imap")


@view_config(route_name="discussion_sources", request_method="POST", renderer="json", permission=P_ADMIN_DISC)
def add_source(request):
    body = request.json_body
    kind = body.get("kind")
    if kind not in KINDS:
        raise HTTPBadRequest()
    source = source_model.ContentSource.create(request.db, int(request.matchdict["discussion_id"]),
                                               kind=kind, url=body.get("url", ""), name=body.get("name", ""))
    source_reader.read_source.delay(source.id)
    return {"id": source.id}
