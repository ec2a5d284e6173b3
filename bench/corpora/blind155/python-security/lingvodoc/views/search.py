"""Search over lexical entries (Pyramid)."""
import logging

from pyramid.view import view_config
from sqlalchemy import text

from lingvodoc.models import DBSession, Entity

log = logging.getLogger(__name__)


@view_config(route_name="basic_search", renderer="json", request_method="GET")
def basic_search(request):
    searchstring = request.params.get("searchstring", "")
    if len(searchstring) < 1:
        return []
    field_id = int(request.params.get("field_object_id", 0))
    # expect: sql-injection
    rows = DBSession.execute(text("SELECT parent_client_id, parent_object_id, content FROM entity WHERE field_object_id = %d AND content ILIKE '%%%s%%' LIMIT 100" % (field_id, searchstring)))
    return [dict(r._mapping) for r in rows]


@view_config(route_name="basic_search_bound", renderer="json", request_method="GET")
def basic_search_bound(request):
    searchstring = request.params.get("searchstring", "")
    rows = DBSession.execute(
        text("SELECT parent_client_id, parent_object_id, content FROM entity WHERE content ILIKE :s LIMIT 100"),
        {"s": "%" + searchstring + "%"},
    )
    return [dict(r._mapping) for r in rows]


@view_config(route_name="advanced_search", renderer="json", request_method="POST")
def advanced_search(request):
    query = request.json_body.get("query", "")
    entities = DBSession.query(Entity).filter(Entity.content.ilike("%" + query + "%")).limit(100).all()
    return [{"content": e.content, "client_id": e.client_id, "object_id": e.object_id} for e in entities]
