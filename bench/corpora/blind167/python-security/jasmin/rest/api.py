"""REST resources; single sends are proxied to the old http api, batches go to Celery."""
import json
import uuid

import falcon
import requests

from . import batch_store
from .config import http_throughput_per_worker, old_api_uri
from .tasks import httpapi_send


class JasminHttpApiProxy:
    """Calls the old Jasmin http api on the configured host."""

    def call_jasmin(self, url, params=None):
        try:
            r = requests.get(f"{old_api_uri}/{url}", params=params, timeout=30)
        except requests.exceptions.ConnectionError:
            raise falcon.HTTPInternalServerError(title="Jasmin httpapi connection error",
                                                 description="Could not connect to Jasmin http api")
        return r.status_code, r.text.strip('"')

    def credentials(self, req):
        return {"username": req.context.username, "password": req.context.password}


class PingResource(JasminHttpApiProxy):
    def on_get(self, req, resp):
        status, body = self.call_jasmin("ping")
        resp.status = falcon.code_to_http_status(status)
        resp.media = {"data": body}


class BalanceResource(JasminHttpApiProxy):
    def on_get(self, req, resp):
        status, body = self.call_jasmin("balance", params=self.credentials(req))
        resp.status = falcon.code_to_http_status(status)
        resp.text = body


class RateResource(JasminHttpApiProxy):
    def on_get(self, req, resp):
        params = self.credentials(req)
        params["to"] = req.get_param("to", required=True)
        status, body = self.call_jasmin("rate", params=params)
        resp.status = falcon.code_to_http_status(status)
        resp.text = body


class SendResource(JasminHttpApiProxy):
    def on_post(self, req, resp):
        params = dict(req.get_media())
        params.update(self.credentials(req))
        status, body = self.call_jasmin("send", params=params)
        resp.status = falcon.code_to_http_status(status)
        resp.media = {"data": body}


class SendBatchResource(JasminHttpApiProxy):
    def on_post(self, req, resp):
        payload = req.get_media()
        messages = payload.get("messages")
        if not isinstance(messages, list) or not messages:
            raise falcon.HTTPBadRequest(title="Invalid batch", description="'messages' must be a non-empty list")
        batch_config = payload.get("batch_config", {})
        batch_id = str(uuid.uuid4())
        batch_store.record_batch(batch_id, req.context.username, len(messages), json.dumps(batch_config))
        httpapi_send.delay(batch_id, batch_config, messages, self.credentials(req))
        resp.media = {
            "data": {
                "batchId": batch_id,
                "messageCount": len(messages),
                "expectedSeconds": len(messages) / http_throughput_per_worker,
            }
        }


class BatchStatusResource:
    def on_get(self, req, resp, batch_id):
        row = batch_store.status(batch_id, req.context.username)
        if row is None:
            raise falcon.HTTPNotFound()
        resp.media = {"data": row}
