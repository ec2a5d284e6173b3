"""/v2/zones/<id>/tasks/export: the file name is a query value."""
import pecan
from pecan import request, rest

from ..central import CentralAPI


class ZoneExportController(rest.RestController):
    @pecan.expose(template="json:", content_type="application/json")
    def post_all(self, zone_id):
        filename = request.params.get("filename")
        path = CentralAPI.get_instance().export_zone(request.environ["context"], zone_id, filename)
        return {"location": path}
