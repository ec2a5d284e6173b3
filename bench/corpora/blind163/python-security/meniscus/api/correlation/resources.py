"""Correlation resource: accepts a log message, normalizes, stores, notifies."""
import falcon

from meniscus.api import ApiResource, abort, load_body
from meniscus.correlation.notify import notify_host, notify_ops
from meniscus.data.model.util import find_event_producer, find_host, find_tenant
from meniscus.normalization.lognorm import normalize, normalize_checked
from meniscus.sinks.file_sink import write_log, write_log_checked


class PublishMessageResource(ApiResource):
    def __init__(self, db_handler):
        self.db = db_handler

    def on_post(self, req, resp, tenant_id):
        body = load_body(req)
        message = body.get("log_message")
        if not message or "host" not in message or "msg" not in message:
            abort(falcon.HTTP_400, "Malformed request, log_message with host and msg is required")
        tenant = find_tenant(self.db, tenant_id=tenant_id)
        if not tenant:
            abort(falcon.HTTP_404, "Unable to locate tenant.")
        producer = find_event_producer(tenant, producer_name=message.get("pname", "syslog"))
        host = find_host(tenant, host_name=message["host"])
        if producer is not None and producer.pattern:
            message["normalized"] = normalize(message["msg"], producer.pattern)
        write_log(tenant_id, message["host"], message["msg"])
        if host is not None and host.callback_url:
            notify_host(host, message)
        notify_ops(tenant_id, message)
        resp.status = falcon.HTTP_202


class PublishCheckedMessageResource(ApiResource):
    def __init__(self, db_handler):
        self.db = db_handler

    def on_post(self, req, resp, tenant_id):
        message = load_body(req).get("log_message") or {}
        tenant = find_tenant(self.db, tenant_id=tenant_id)
        if not tenant or "host" not in message:
            abort(falcon.HTTP_400, "Malformed request")
        producer = find_event_producer(tenant, producer_name=message.get("pname", "syslog"))
        if producer is not None:
            message["normalized"] = normalize_checked(message.get("msg", ""), producer.pattern)
        write_log_checked(tenant.tenant_id, message["host"], message.get("msg", ""))
        resp.status = falcon.HTTP_202
