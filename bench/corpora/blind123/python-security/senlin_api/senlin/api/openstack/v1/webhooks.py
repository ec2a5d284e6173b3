"""Webhook endpoint for the clustering v1 ReST API."""
from webob import exc

from senlin.api.common import util
from senlin.api.common import wsgi


class WebhookController(wsgi.Controller):
    """WSGI controller for webhooks resource in Senlin v1 API."""

    REQUEST_SCOPE = "webhooks"

    @wsgi.Controller.api_version("1.0")
    @util.policy_enforce
    def trigger(self, req, webhook_id, body=None):
        params = (body or {}).get("params", {})
        count = params.get("count")
        if count is not None:
            params["count"] = int(count)
        action = self.rpc_client.call(req.context, "webhook_trigger", {"identity": webhook_id, "params": params})
        if not action:
            raise exc.HTTPNotFound()
        return {"action": action}
