"""v1 controllers: nodes, provisioning states, agent heartbeat (pecan RestController)."""
import pecan
from pecan import rest

from .api_utils import get_rpc_node, args_from_body, check_allowed_fields
from .rpcapi import ConductorAPI

DEPLOY_STEPS_ALLOWED = {"deploy", "write_image", "erase_devices_metadata"}


class NodesController(rest.RestController):
    def __init__(self):
        self.rpc = ConductorAPI()

    @pecan.expose("json")
    def post(self):
        node = args_from_body(pecan.request)
        check_allowed_fields(node)
        return self.rpc.create_node(node)

    @pecan.expose("json")
    def get_all(self, driver=None, resource_class=None):
        return self.rpc.list_nodes(driver or "ipmi", resource_class)


class NodeStatesController(rest.RestController):
    def __init__(self):
        self.rpc = ConductorAPI()

    @pecan.expose("json")
    def provision(self, node_ident):
        body = args_from_body(pecan.request)
        node = get_rpc_node(node_ident)
        target = body.get("target")
        if target == "active":
            instance_info = body.get("instance_info") or node.instance_info
            self.rpc.do_node_deploy(node.uuid, instance_info, body.get("configdrive"))
        elif target == "clean":
            steps = [s for s in body.get("clean_steps", []) if s.get("step") in DEPLOY_STEPS_ALLOWED]
            self.rpc.do_node_clean(node.uuid, steps)
        return {"target": target}


class HeartbeatController(rest.RestController):
    def __init__(self):
        self.rpc = ConductorAPI()

    @pecan.expose("json")
    def post(self, node_ident, callback_url=None, agent_version=None):
        node = get_rpc_node(node_ident)
        self.rpc.heartbeat(node.uuid, callback_url, agent_version)
        return None
