"""Quart backend routes."""
import logging
import os
from urllib.parse import urlparse

from quart import Blueprint, abort, current_app, jsonify, redirect, request, send_from_directory

from .chat_history.cosmosdb import chat_history_cosmosdb_bp
from .core.authentication import authenticated, authenticated_path
from .core.localstore import LocalBlobStore
from .prepdocslib.url_ingest import ingest_url

logger = logging.getLogger('scripts')
bp = Blueprint('routes', __name__, static_folder='static')

CONFIG_LOCAL_STORE = 'local_blob_store'


@bp.route('/')
async def index():
    return await bp.send_static_file('index.html')


@bp.route('/assets/<path:path>')
async def assets(path):
    return await send_from_directory(os.path.join(os.path.dirname(__file__), 'static', 'assets'), path)


@bp.route('/content/<path>')
@authenticated_path
async def content_file(path: str, auth_claims: dict):
    store: LocalBlobStore = current_app.config[CONFIG_LOCAL_STORE]
    blob = store.read(path)
    if blob is None:
        abort(404)
    return blob, 200, {'Content-Type': 'application/octet-stream'}


@bp.post('/upload_url')
@authenticated
async def upload_url(auth_claims: dict):
    request_json = await request.get_json()
    url = request_json['url']
    count = await ingest_url(url, owner=auth_claims.get('oid'))
    return jsonify({'message': f'Ingested {count} chunks'}), 200


@bp.get('/logout')
async def logout():
    target = request.args.get('post_logout_redirect_uri') or '/'
    logger.info('logout, redirecting')
    # expect: open-redirect
    return redirect(target)


@bp.get('/login_done')
async def login_done():
    target = request.args.get('redirect') or '/'
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith('/'):
        target = '/'
    return redirect(target)


def create_app():
    from quart import Quart

    app = Quart(__name__)
    app.register_blueprint(bp)
    app.register_blueprint(chat_history_cosmosdb_bp)
    app.config[CONFIG_LOCAL_STORE] = LocalBlobStore(os.environ.get('LOCAL_BLOB_ROOT', './data'))
    return app
