"""Torrent listing, search and view pages."""
import logging

import flask
from flask import Blueprint, request

from .. import search
from ..utils import chain_get

log = logging.getLogger(__name__)
bp = Blueprint('torrents', __name__)

DEFAULT_PER_PAGE = 75


@bp.route('/', methods=['GET'])
def home():
    search_args = {
        'term': chain_get(request.args, 'q', default='').strip(),
        'sort': chain_get(request.args, 's', default='id'),
        'order': chain_get(request.args, 'o', default='desc'),
        'category': chain_get(request.args, 'c', default='0_0'),
        'quality_filter': chain_get(request.args, 'f', default='0'),
        'user': chain_get(request.args, 'u'),
        'page': int(request.args.get('p', 1)),
        'per_page': DEFAULT_PER_PAGE,
    }
    if search_args['term']:
        query = search.search_fulltext(**search_args)
    else:
        query = search.search_db(**search_args)
    return flask.render_template('home.html', torrent_query=query, search=search_args)


@bp.route('/user/<user_name>', methods=['GET'])
def view_user(user_name):
    query = search.search_db(term='', user=user_name, sort='id', order='desc', category='0_0',
                             quality_filter='0', page=int(request.args.get('p', 1)),
                             per_page=DEFAULT_PER_PAGE)
    return flask.render_template('user.html', torrent_query=query, user_name=user_name)
