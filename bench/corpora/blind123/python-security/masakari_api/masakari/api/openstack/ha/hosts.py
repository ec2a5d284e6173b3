"""The hosts controller of the instance-HA API."""
from masakari.api.openstack import wsgi
from masakari.ha import api as ha_api

SORT_KEYS = {"name": "name", "created_at": "created_at", "type": "type"}


class HostsController(wsgi.Controller):

    def __init__(self):
        self.api = ha_api.HostAPI()

    def index(self, req, segment_id):
        context = req.environ["masakari.context"]
        sort_key = req.params.get("sort_key", "created_at")
        column = SORT_KEYS.get(sort_key, "created_at")
        hosts = self.api.get_all(context, segment_id, column, marker=req.params.get("marker"))
        return {"hosts": hosts}

    def search(self, req, segment_id):
        context = req.environ["masakari.context"]
        return {"hosts": self.api.search(context, segment_id, req.params.get("on_maintenance", ""))}
