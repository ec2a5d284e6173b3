"""Audits: parameters go to the decision engine; action plans are started on the applier."""
import pecan
from pecan import rest
from wsme import types as wtypes
import wsmeext.pecan as wsme_pecan

from watcher_api.applier import applier
from watcher_api.db import api as db_api
from watcher_api.decision_engine.datasources import prometheus


class Audit(wtypes.Base):
    audit_template_uuid = wtypes.wsattr(wtypes.text)
    parameters = wtypes.wsattr({wtypes.text: wtypes.text}, default={})


class AuditsController(rest.RestController):
    def __init__(self):
        super().__init__()
        self.applier = applier.Applier(db_api.get_instance())
        self.metrics = prometheus.PrometheusHelper()

    @wsme_pecan.wsexpose(wtypes.text, body=Audit, status_code=201)
    def post(self, audit):
        params = dict(audit.parameters)
        host = params.get("destination_node", "")
        db_api.get_instance().create_action(
            audit.audit_template_uuid, "migrate", {"resource_id": params.get("instance"), "destination_node": host})
        usage = self.metrics.host_cpu_usage(params.get("source_node", ""), datasource_url=params.get("datasource_url"))
        return {"cpu": usage}

    @wsme_pecan.wsexpose(wtypes.text, wtypes.text)
    def start(self, action_plan_uuid):
        self.applier.launch_action_plan(action_plan_uuid)
        return {"state": pecan.request.params.get("state", "ONGOING")}
