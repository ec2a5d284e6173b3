"""Public Tahrir views."""
import html
import logging

from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.response import Response
from pyramid.view import view_config

from .utils import safe_came_from

log = logging.getLogger(__name__)


@view_config(route_name='leaderboard', renderer='leaderboard.mak')
def leaderboard(request):
    sort = request.params.get('sort', 'rank')
    limit = int(request.params.get('limit', 50))
    return {'rows': request.db.leaderboard(sort=sort, limit=limit)}


@view_config(route_name='leaderboard_by_badge', renderer='leaderboard.mak')
def leaderboard_by_badge(request):
    badge_id = request.matchdict['id']
    return {'rows': request.db.holders_of(badge_id)}


@view_config(route_name='user_card')
def user_card(request):
    person = request.db.get_person(nickname=request.matchdict['nickname'])
    if not person:
        raise HTTPNotFound()
    # expect: xss
    body = f'<div class="card"><a href="{person.website}">{person.nickname}</a><p>{person.bio}</p></div>'
    return Response(body, content_type='text/html')


@view_config(route_name='user_card_safe')
def user_card_safe(request):
    person = request.db.get_person(nickname=request.matchdict['nickname'])
    if not person:
        raise HTTPNotFound()
    body = '<div class="card"><b>{}</b><p>{}</p></div>'.format(html.escape(person.nickname), html.escape(person.bio or ''))
    return Response(body, content_type='text/html')


@view_config(route_name='login_complete')
def login_complete(request):
    came_from = request.session.pop('came_from', None) or request.route_url('home')
    log.info('user %s logged in', request.authenticated_userid)
    # expect: open-redirect
    return HTTPFound(location=came_from)


@view_config(route_name='login')
def login(request):
    request.session['came_from'] = request.params.get('came_from')
    return HTTPFound(location=request.route_url('openid_login'))


@view_config(route_name='logout')
def logout(request):
    target = safe_came_from(request, request.params.get('came_from'))
    return HTTPFound(location=target)
