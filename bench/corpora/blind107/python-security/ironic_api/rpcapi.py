"""Stand-in for the conductor RPC API: calls the conductor manager in process."""
from .conductor import ConductorManager


class ConductorAPI:
    def __init__(self):
        self.manager = ConductorManager()

    def create_node(self, node):
        return self.manager.create_node(node)

    def list_nodes(self, driver, resource_class):
        return self.manager.list_nodes(driver, resource_class)

    def do_node_deploy(self, node_uuid, instance_info, configdrive):
        return self.manager.do_node_deploy(node_uuid, instance_info, configdrive)

    def do_node_clean(self, node_uuid, steps):
        return self.manager.do_node_clean(node_uuid, steps)

    def heartbeat(self, node_uuid, callback_url, agent_version):
        return self.manager.heartbeat(node_uuid, callback_url, agent_version)
