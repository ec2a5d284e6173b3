import os

import pecan
from pecan import rest
import wsmeext.pecan as wsme_pecan

from aodh_api.api import rbac
from aodh_api.api.controllers.v2 import base
from aodh_api.api.controllers.v2 import queries

HISTORY_EXPORT_DIR = "/var/lib/aodh/exports"


class AlarmsController(rest.RestController):

    @wsme_pecan.wsexpose([base.Alarm], [base.Query])
    def get_all(self, q=None):
        target = rbac.target_from_request(pecan.request)
        rbac.enforce("get_alarms", pecan.request, target)
        kwargs = queries.query_to_kwargs(q or [], strict=pecan.request.GET.get("strict") == "1")
        return [base.Alarm.from_db_model(a) for a in pecan.request.storage.get_alarms(**kwargs)]

    @wsme_pecan.wsexpose(base.Alarm, body=base.Alarm, status_code=201)
    def post(self, data):
        rbac.enforce("create_alarm", pecan.request, {})
        values = data.as_dict(base.Alarm)
        values["alarm_actions"] = [str(a) for a in values.get("alarm_actions", [])]
        return base.Alarm.from_db_model(pecan.request.storage.create_alarm(values))


class HistoryExportController(rest.RestController):

    @pecan.expose("json")
    def post(self, alarm_id, filename=None):
        rbac.enforce("alarm_history", pecan.request, {})
        rows = pecan.request.storage.get_alarm_changes(alarm_id)
        if not filename:
            filename = alarm_id + ".json"
        pecan.request.storage.write_export(os.path.join(HISTORY_EXPORT_DIR, filename), rows)
        return {"file": filename}

    @pecan.expose("json")
    def delete(self, ttl=None):
        rbac.enforce("admin", pecan.request, {})
        return {"removed": pecan.request.storage.clear_expired_alarm_history_data(ttl)}
