"""Falcon resource creating actions; parameters go to the helper by keyword."""
import falcon

from shipyard_airflow import policy
from shipyard_airflow.control.base import BaseResource
from shipyard_airflow.control.helpers.action_helper import ActionsHelper

SUPPORTED_ACTIONS = {
    "deploy_site": {"dag": "deploy_site"},
    "update_site": {"dag": "update_site"},
}


class ActionsResource(BaseResource):

    def __init__(self):
        super().__init__()
        self.helper = ActionsHelper()

    @policy.ApiEnforcer(policy.CREATE_ACTION)
    def on_post(self, req, resp, **kwargs):
        input_action = self.req_json(req, validate_json_schema=None)
        name = input_action.get("name")
        if name not in SUPPORTED_ACTIONS:
            raise falcon.HTTPBadRequest(title="Unsupported action")
        dag_id = SUPPORTED_ACTIONS[name]["dag"]
        result = self.helper.invoke(dag_id, context=req.context, **input_action.get("parameters", {}))
        resp.status = falcon.HTTP_201
        resp.text = self.to_json(result)
