"""Flow handlers over the relational data store."""
from grr_api.gui.api_plugins.base import ApiCallHandler
from grr_api.server import data_store


class ApiListFlowsHandler(ApiCallHandler):
    def Handle(self, args, token=None):
        offset = int(args.get("offset", 0))
        count = int(args.get("count", 50))
        return data_store.REL_DB.ReadFlows(creator=token, name_filter=args.get("filter"), offset=offset, count=count)
