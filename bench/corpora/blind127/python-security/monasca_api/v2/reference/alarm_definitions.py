"""Alarm definitions resource (Falcon), shaped on monasca-api."""
import falcon

from monasca_api.common.repositories import alarm_definitions_repository
from monasca_api.v2.reference import helpers

ALLOWED_SORT = ("id", "name", "severity", "updated_at")


class AlarmDefinitions:
    def __init__(self):
        self._alarm_definitions_repo = alarm_definitions_repository.AlarmDefinitionsRepository()

    def on_get(self, req, res):
        helpers.validate_authorization(req, ["monasca-user"])
        tenant_id = req.get_header("X-Tenant-Id")
        name = helpers.get_query_param(req, "name")
        sort_by = helpers.get_query_param(req, "sort_by")
        if sort_by and sort_by.split()[0] not in ALLOWED_SORT:
            sort_by = sort_by if req.get_param_as_bool("raw_sort") else "id"
        res.media = self._alarm_definitions_repo.get_alarm_definitions(tenant_id, name=name, sort_by=sort_by)
        res.status = falcon.HTTP_200

    def on_post(self, req, res):
        body = helpers.read_json_msg_body(req)
        match_by = body.get("match_by", [])
        res.media = self._alarm_definitions_repo.create_alarm_definition(
            req.get_header("X-Tenant-Id"), body["name"], body.get("expression", ""), match_by)
        res.status = falcon.HTTP_201

    def on_get_by_match(self, req, res):
        names = req.get_param_as_list("match_by") or []
        res.media = self._alarm_definitions_repo.find_by_match(req.get_header("X-Tenant-Id"), names)
