from pyramid.view import view_config

from ..model.actions import track_ids_for_tags, track_ids_for_parent, tracks_by_title
from ..model import DBSession
from ..model.model_tracks import Track
from . import action_ok, etag_decorator, generate_cache_key

import logging
log = logging.getLogger(__name__)


def search_params(request):
    tags = [t for t in request.matchdict.get('tags', ()) if t]
    keywords = [k for k in request.params.get('keywords', '').split() if k]
    return tags, keywords


@view_config(route_name='search_tags', renderer='json')
@etag_decorator(generate_cache_key)
def tags(request):
    tags, keywords = search_params(request)
    track_ids = track_ids_for_tags(tags) if tags else None
    if keywords:
        by_title = {t.id for t in tracks_by_title(' '.join(keywords))}
        track_ids = by_title if track_ids is None else track_ids & by_title
    return action_ok(data={'tags': tags, 'keywords': keywords, 'trackids': sorted(track_ids or [])})


@view_config(route_name='search_parent', renderer='json')
def parent(request):
    parent_name = request.matchdict['parent']
    return action_ok(data={'trackids': sorted(track_ids_for_parent(parent_name))})


@view_config(route_name='search_list', renderer='json')
def list_tracks(request):
    tags, keywords = search_params(request)
    ids = track_ids_for_tags(tags) if tags else set()
    tracks = DBSession.query(Track).filter(Track.id.in_(ids)).limit(100).all() if ids else []
    return action_ok(data={'tracks': [t.to_dict('full') for t in tracks]})
