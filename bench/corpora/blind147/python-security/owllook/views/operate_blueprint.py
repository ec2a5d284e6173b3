"""User operations: login, bookshelf backup/restore."""
import logging
from urllib.parse import urlparse

from sanic import Blueprint
from sanic.response import json as json_response, redirect

from ..fetcher.cache import load_bookshelf_backup, dump_bookshelf_backup

bp = Blueprint('operate_blueprint', url_prefix='operate')
LOGGER = logging.getLogger('owllook')


@bp.route('/login', methods=['POST'])
async def owllook_login(request):
    user = request.form.get('user', '')
    pwd = request.form.get('pwd', '')
    ok = await request.app.ctx.users.check(user, pwd)
    if not ok:
        return json_response({'status': -1})
    request.ctx.session['user'] = user
    next_url = request.args.get('next', '/')
    if urlparse(next_url).netloc:
        next_url = '/'
    return redirect(next_url)


@bp.route('/logout', methods=['GET'])
async def owllook_logout(request):
    request.ctx.session.pop('user', None)
    # expect: open-redirect
    return redirect(request.args.get('next') or '/')


@bp.route('/restore_bookshelf', methods=['POST'])
async def restore_bookshelf(request):
    user = request.ctx.session.get('user')
    if not user:
        return json_response({'status': -1})
    backup = request.files.get('backup')
    books = load_bookshelf_backup(backup.body, backup.type)
    await request.app.ctx.books.replace(user, books)
    return json_response({'status': 1, 'count': len(books)})


@bp.route('/backup_bookshelf', methods=['GET'])
async def backup_bookshelf(request):
    user = request.ctx.session.get('user')
    books = await request.app.ctx.books.for_user(user)
    return json_response({'data': dump_bookshelf_backup(books)})
