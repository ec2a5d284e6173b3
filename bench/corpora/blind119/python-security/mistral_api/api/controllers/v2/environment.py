"""Environments and workbooks controllers (pecan + WSME), shaped on mistral.api.controllers.v2."""
import pecan
from pecan import rest
from wsme import types as wtypes
import wsmeext.pecan as wsme_pecan

from mistral_api.db import api as db_api
from mistral_api.engine import default_engine
from mistral_api.lang import parser as spec_parser
from mistral_api.utils import rest_utils


class EnvironmentController(rest.RestController):

    @rest_utils.wrap_wsme_controller_exception
    @wsme_pecan.wsexpose(wtypes.text, wtypes.text, wtypes.text, wtypes.text)
    def get_all(self, sort_keys="created_at", sort_dirs="asc", name=None):
        filters = rest_utils.filters_to_dict(name=name)
        return db_api.get_environments(sort_keys=sort_keys.split(","), sort_dirs=sort_dirs, **filters)

    @rest_utils.wrap_pecan_controller_exception
    @pecan.expose(content_type="text/plain")
    def put(self):
        legacy = pecan.request.GET.get("format") == "v1"
        definition = pecan.request.text
        scope = pecan.request.GET.get("scope", "private")
        spec = spec_parser.get_workbook_spec_from_yaml(definition, legacy=legacy)
        return db_api.update_workbook(spec["name"], definition, scope=scope)


class ExecutionsController(rest.RestController):
    def __init__(self):
        super().__init__()
        self.engine = default_engine.DefaultEngine()

    @rest_utils.wrap_pecan_controller_exception
    @pecan.expose("json")
    def post(self):
        body = pecan.request.json
        params = body.get("params", {})
        return self.engine.start_workflow(
            body["workflow_name"], wf_input=body.get("input", {}),
            description=body.get("description", ""), **params)

    @pecan.expose("json")
    def get_result(self, task_id, name="result.json"):
        return self.engine.read_task_result(task_id, file_name=name)
