"""pecan controllers for /v2/zones/<id>/recordsets and pool updates."""
import pecan
import yaml
from pecan import request, rest

from ..central import CentralAPI


class RecordSetsController(rest.RestController):
    @property
    def central_api(self):
        return CentralAPI.get_instance()

    @pecan.expose(template="json:", content_type="application/json")
    def get_all(self, zone_id, **params):
        context = request.environ["context"]
        sort_key = params.pop("sort_key", "created_at")
        sort_dir = params.pop("sort_dir", "asc") if params.get("sort_dir") in ("asc", "desc") else "asc"
        marker = params.pop("marker", None)
        return self.central_api.find_recordsets(context, {"zone_id": zone_id}, marker=marker, sort_key=sort_key, sort_dir=sort_dir)

    @pecan.expose(template="json:", content_type="application/json")
    def post_all(self, zone_id):
        context = request.environ["context"]
        body = request.body_dict
        return self.central_api.create_recordset(context, zone_id, body.get("name"), body.get("type", "A"), body.get("records", []))


class ZonesController(rest.RestController):
    @pecan.expose(template="json:", content_type="application/json")
    def post_all(self):
        body = request.body_dict
        return CentralAPI.get_instance().create_zone(request.environ["context"], body["name"], body.get("email"))

    @pecan.expose(template="json:", content_type="application/json")
    def delete(self, zone_id):
        return CentralAPI.get_instance().delete_zone(request.environ["context"], zone_id)


class PoolsController(rest.RestController):
    @pecan.expose(template="json:", content_type="application/json")
    def put(self):
        raw = request.body.decode()
        if request.params.get("format") == "safe":
            pools = yaml.safe_load(raw)
        else:
            # expect: deserialization
            pools = yaml.load(raw, Loader=yaml.Loader)
        return CentralAPI.get_instance().update_pools(request.environ["context"], pools)
