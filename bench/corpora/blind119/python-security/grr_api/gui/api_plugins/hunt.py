"""Hunt creation: output plugins are stored and run by the worker."""
import json
import uuid

from grr_api.gui.api_plugins.base import ApiCallHandler
from grr_api.server import data_store, output_plugins


class ApiCreateHuntHandler(ApiCallHandler):
    def Handle(self, args, token=None):
        hunt_id = "H:" + uuid.uuid4().hex[:8].upper()
        plugins = [{"name": p.get("plugin_name"), "args": p.get("plugin_args", {})} for p in args.get("output_plugins", [])]
        data_store.REL_DB.WriteHunt({"hunt_id": hunt_id, "creator": token, "output_plugins": json.dumps(plugins)})
        return {"hunt_id": hunt_id}


def ProcessHuntResults(hunt_id, results):
    """Worker side: runs the stored output plugins over a batch of results."""
    for plugin in json.loads(data_store.REL_DB.ReadHuntOutputPlugins(hunt_id)):
        output_plugins.run(plugin["name"], plugin["args"], results)
