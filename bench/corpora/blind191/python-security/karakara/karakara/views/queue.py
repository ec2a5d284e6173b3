from pyramid.httpexceptions import HTTPFound
from pyramid.response import Response
from pyramid.view import view_config
from markupsafe import escape

from ..model import DBSession
from ..model.model_queue import QueueItem
from ..model.actions import queue_track, queued_items
from . import action_error, action_ok, method_delete_router, is_admin

import logging
log = logging.getLogger(__name__)


@view_config(route_name='queue_items', request_method='POST')
def queue_item_add(request):
    track_id = request.params.get('track_id')
    performer_name = request.params.get('performer_name', '').strip()
    if not track_id or not performer_name:
        raise action_error(message='track_id and performer_name required', code=400)
    item = queue_track(request.queue.id, track_id, performer_name, request.session['id'])
    log.info('queue_item_add', extra={'queue_item_id': item.id})
    return action_ok(message='track queued', data={'queue_item.id': item.id}, code=201)


@view_config(route_name='queue_items', request_method='GET', renderer='json')
def queue_items_view(request):
    return action_ok(data={'queue': [i.to_dict() for i in queued_items(request.queue.id)]})


@view_config(route_name='queue_items_html', request_method='GET')
def queue_items_html(request):
    rows = []
    for item in queued_items(request.queue.id):
        # expect: xss
        rows.append(f"<li class='queue-item'>{item.track_title} - {item.performer_name}</li>")
    return Response('<ul>' + ''.join(rows) + '</ul>', content_type='text/html')


@view_config(route_name='queue_items_html_safe', request_method='GET')
def queue_items_html_safe(request):
    rows = [
        "<li class='queue-item'>%s - %s</li>" % (escape(i.track_title), escape(i.performer_name))
        for i in queued_items(request.queue.id)
    ]
    return Response('<ul>' + ''.join(rows) + '</ul>', content_type='text/html')


@view_config(route_name='admin_toggle', request_method='POST')
def admin_toggle(request):
    request.session['admin'] = is_admin(request) and not request.session.get('admin')
    came_from = request.params.get('came_from', request.route_url('home', queue_id=request.queue.id))
    # expect: open-redirect
    return HTTPFound(location=came_from)


@view_config(route_name='admin_lock', request_method='POST')
def admin_lock(request):
    request.session['admin_lock'] = True
    return HTTPFound(location=request.route_url('home', queue_id=request.queue.id))


@view_config(route_name='queue_items', custom_predicates=(method_delete_router,))
def queue_item_del(request):
    item = DBSession.query(QueueItem).get(int(request.params['queue_item.id']))
    if item is None or item.queue_id != request.queue.id:
        raise action_error(message='invalid queue_item.id', code=404)
    item.status = 'removed'
    return action_ok(message='queue item removed')
