"""Step logs of an action, read from the Airflow log volume."""
import re

from shipyard_airflow import policy
from shipyard_airflow.control.base import BaseResource
from shipyard_airflow.control.helpers import logs_helper

STEP_RE = re.compile(r"^[a-z0-9_]{1,64}$")


class ActionsStepsLogsResource(BaseResource):

    @policy.ApiEnforcer(policy.GET_ACTION_STEP_LOGS)
    def on_get(self, req, resp, action_id, step_id):
        try_number = req.get_param_as_int("try") or 1
        dag_id = self.get_action_dag(action_id)
        resp.text = logs_helper.read_step_log(dag_id, step_id, try_number)

    @policy.ApiEnforcer(policy.GET_ACTION_STEP_LOGS)
    def on_head(self, req, resp, action_id, step_id):
        if not STEP_RE.match(step_id):
            resp.status = "400 Bad Request"
            return
        resp.set_header("X-Log-Size", str(logs_helper.step_log_size(self.get_action_dag(action_id), step_id)))
