"""Tenant resources: tenants, their event producers and hosts (Falcon)."""
import falcon

from meniscus.api import ApiResource, abort, format_response_body, load_body
from meniscus.data.model.tenant import EventProducer, Host
from meniscus.data.model.util import find_event_producer, find_host, find_tenant


def _tenant_not_found():
    abort(falcon.HTTP_404, "Unable to locate tenant.")


class EventProducersResource(ApiResource):
    def __init__(self, db_handler):
        self.db = db_handler

    def on_get(self, req, resp, tenant_id):
        tenant = find_tenant(self.db, tenant_id=tenant_id)
        if not tenant:
            _tenant_not_found()
        resp.status = falcon.HTTP_200
        resp.body = format_response_body({"event_producers": [p.format() for p in tenant.event_producers]})

    def on_post(self, req, resp, tenant_id):
        body = load_body(req)
        tenant = find_tenant(self.db, tenant_id=tenant_id)
        if not tenant:
            _tenant_not_found()
        name = body.get("name")
        pattern = body.get("pattern")
        if not name or not pattern:
            abort(falcon.HTTP_400, "Malformed request, name and pattern are required")
        producer = EventProducer(self.db.next_sequence_value(tenant.tenant_id), name, pattern,
                                 body.get("durable", False), body.get("encrypted", False))
        tenant.event_producers.append(producer)
        self.db.update("tenant", tenant.format_for_save())
        resp.status = falcon.HTTP_201
        resp.set_header("Location", f"/v1/{tenant_id}/producers/{producer.get_id()}")


class HostsResource(ApiResource):
    def __init__(self, db_handler):
        self.db = db_handler

    def on_post(self, req, resp, tenant_id):
        body = load_body(req)
        tenant = find_tenant(self.db, tenant_id=tenant_id)
        if not tenant:
            _tenant_not_found()
        hostname = body.get("hostname")
        if not hostname:
            abort(falcon.HTTP_400, "Malformed request, hostname is required")
        host = Host(self.db.next_sequence_value(tenant.tenant_id), hostname, body.get("ip_address_v4"),
                    body.get("ip_address_v6"), body.get("profile"), callback_url=body.get("callback_url"))
        tenant.hosts.append(host)
        self.db.update("tenant", tenant.format_for_save())
        resp.status = falcon.HTTP_201
        resp.set_header("Location", f"/v1/{tenant_id}/hosts/{host.get_id()}")

    def on_get(self, req, resp, tenant_id):
        tenant = find_tenant(self.db, tenant_id=tenant_id)
        if not tenant:
            _tenant_not_found()
        host = find_host(tenant, host_name=req.get_param("hostname")) if req.get_param("hostname") else None
        hosts = [host] if host else tenant.hosts
        resp.body = format_response_body({"hosts": [h.format() for h in hosts]})
