"""Policy endpoint: specs arrive as YAML or JSON text."""
from senlin.api.common import util
from senlin.api.common import wsgi


class PolicyController(wsgi.Controller):

    REQUEST_SCOPE = "policies"

    @util.policy_enforce
    def create(self, req, body):
        data = body.get("policy", {})
        kwargs = {"name": data.get("name"), "spec": data.get("spec"), "fmt": req.params.get("format", "json")}
        return {"policy": self.rpc_client.call(req.context, "policy_create", kwargs)}
