"""Audit trail of actions, searchable by command name."""
from shipyard_airflow import policy
from shipyard_airflow.control.base import BaseResource
from shipyard_airflow.db.db import SHIPYARD_DB


class ActionsAuditResource(BaseResource):

    @policy.ApiEnforcer(policy.LIST_ACTIONS)
    def on_get(self, req, resp):
        filters = {"command": req.get_param("command"), "user": req.get_param("user")}
        if not filters["command"]:
            filters["command"] = ""
        rows = SHIPYARD_DB.get_command_audit(**filters)
        resp.text = self.to_json(rows)
