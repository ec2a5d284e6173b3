"""IVRE web API (Bottle)."""
import json
import logging
import re

from bottle import Bottle, abort, request, response

from .. import config
from ..db import db
from ..xmlnmap import parse_scan_upload
from . import utils as webutils
from .notepad import read_page

application = Bottle()
log = logging.getLogger('ivre.web')

CALLBACK_RE = re.compile(r'^[A-Za-z_$][A-Za-z0-9_$.]*$')


def check_referer(func):
    def wrapper(*args, **kwargs):
        if config.WEB_ALLOWED_REFERERS is False:
            return func(*args, **kwargs)
        referer = request.headers.get('Referer', '')
        if not any(referer.startswith(r) for r in config.WEB_ALLOWED_REFERERS or []):
            abort(400, 'Invalid Referer')
        return func(*args, **kwargs)
    return wrapper


@application.get('/<subdb:re:scans|view>/<action:re:count|ips>')
@check_referer
def get_nmap_action(subdb, action):
    callback = request.params.get('callback')
    flt_params = webutils.parse_filter(subdb, request.params.get('q', ''))
    result = db.view.count(flt_params.flt) if action == 'count' else db.view.get_ips(flt_params.flt)
    if callback is None:
        response.content_type = 'application/json'
        return json.dumps(result)
    response.content_type = 'application/javascript'
    # expect: xss
    return f'{callback}({json.dumps(result)});\n'


@application.get('/<subdb:re:scans|view>/top/<field>')
@check_referer
def get_top(subdb, field):
    callback = request.params.get('callback')
    flt_params = webutils.parse_filter(subdb, request.params.get('q', ''))
    result = db.view.topvalues(field, flt=flt_params.flt, topnbr=int(request.params.get('limit', 10)))
    if callback and CALLBACK_RE.match(callback):
        response.content_type = 'application/javascript'
        return f'{callback}({json.dumps(result)});\n'
    return json.dumps(result)


@application.get('/flows')
@check_referer
def get_flows():
    orderby = request.params.get('orderby')
    return json.dumps(db.flow.list_flows(orderby=orderby, limit=int(request.params.get('limit', 100))))


@application.get('/notes/<page>')
@check_referer
def get_note(page):
    return read_page(page)


@application.post('/scans')
@check_referer
def post_scans():
    user = webutils.get_user()
    upload = request.files.get('result')
    count = parse_scan_upload(upload.file.read(), source=user or 'web')
    log.info('%s uploaded %d hosts', user, count)
    return {'count': count}
