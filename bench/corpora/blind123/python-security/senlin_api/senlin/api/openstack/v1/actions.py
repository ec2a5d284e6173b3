"""Action endpoint for the clustering v1 ReST API."""
from senlin.api.common import util
from senlin.api.common import wsgi

LEVELS = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40}


class ActionController(wsgi.Controller):

    REQUEST_SCOPE = "actions"

    @util.policy_enforce
    def index(self, req):
        sort = req.params.get("sort")
        if not sort:
            sort = "created_at"
        query = {"sort": sort, "limit": int(req.params.get("limit", 20))}
        return {"actions": self.rpc_client.call(req.context, "action_list", query)}

    @util.policy_enforce
    def events(self, req):
        level = req.params.get("level", "INFO")
        if req.params.get("strict"):
            level = str(LEVELS[level])
        return {"events": self.rpc_client.call(req.context, "event_list", {"level": level})}
