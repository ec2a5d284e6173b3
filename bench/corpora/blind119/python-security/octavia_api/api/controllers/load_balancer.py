"""Load balancer and amphora controllers (pecan + WSME), shaped on octavia.api.v2.controllers."""
import uuid

import pecan
from pecan import request as pecan_request
from wsme import types as wtypes
from wsmeext import pecan as wsme_pecan

from octavia_api.api.controllers import base
from octavia_api.db import repositories


class LoadBalancersController(base.BaseController):
    RBAC_TYPE = "loadbalancer"

    def __init__(self):
        super().__init__()
        self.repositories = repositories.Repositories()

    @wsme_pecan.wsexpose(wtypes.text, wtypes.text, wtypes.text, ignore_extra_args=True)
    def get_all(self, name=None, sort_key=None):
        context = pecan_request.context.get("octavia_context")
        params = pecan_request.params
        direction = params.get("sort_dir", "asc")
        lbs = self.repositories.load_balancer.get_all_filtered(
            context.session, project_id=context.project_id, name=name,
            sort_key=sort_key or "created_at", sort_dir=direction)
        return {"loadbalancers": lbs}

    @wsme_pecan.wsexpose(wtypes.text, wtypes.text)
    def get_one(self, id, fields=None):
        context = pecan_request.context.get("octavia_context")
        return self.repositories.load_balancer.get(context.session, id=str(uuid.UUID(id)))

    @pecan.expose("json")
    def post(self):
        body = pecan_request.json
        lb = body.get("loadbalancer", {})
        vip = {"subnet_id": lb.get("vip_subnet_id"), "interface": lb.get("vip_interface", "eth1")}
        listener = lb.get("listeners", [{}])[0]
        self.handler.create_load_balancer(
            lb_name=lb.get("name"),
            vip=vip,
            tls_ref=listener.get("default_tls_container_ref"),
            pem_name=listener.get("pem_filename", "default.pem"),
            listener_id=listener.get("id") or str(uuid.uuid4()),
        )
        return {"loadbalancer": {"name": lb.get("name"), "provisioning_status": "PENDING_CREATE"}}
