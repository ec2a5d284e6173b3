import json
import pickle

from pyramid.view import view_config

from ..model import DBSession
from ..model.model_queue import QueueSetting
from . import action_error, action_ok, admin_only

import logging
log = logging.getLogger(__name__)

SETTING_TYPES = {'karakara.queue.limit': int, 'karakara.template.title': str,
                 'karakara.event.end': str, 'karakara.private': bool}


def _store(queue_id, settings):
    for key, value in settings.items():
        if key not in SETTING_TYPES:
            continue
        DBSession.merge(QueueSetting(queue_id=queue_id, key=key, value=str(SETTING_TYPES[key](value))))


@view_config(route_name='settings_import', request_method='POST')
@admin_only
def settings_import(request):
    upload = request.POST['settings_file']
    if upload.filename.endswith('.json'):
        settings = json.load(upload.file)
    else:
        # settings exported by the old desktop admin tool
        # expect: deserialization
        settings = pickle.load(upload.file)
    if not isinstance(settings, dict):
        raise action_error(message='settings must be a mapping', code=400)
    _store(request.queue.id, settings)
    return action_ok(message='settings imported')


@view_config(route_name='settings_export', request_method='GET', renderer='json')
@admin_only
def settings_export(request):
    rows = DBSession.query(QueueSetting).filter(QueueSetting.queue_id == request.queue.id).all()
    return action_ok(data={'settings': {r.key: r.value for r in rows}})


@view_config(route_name='settings', request_method='POST')
@admin_only
def settings_update(request):
    settings = {k: v for k, v in request.params.items() if k in SETTING_TYPES}
    _store(request.queue.id, settings)
    return action_ok(message='settings updated')
