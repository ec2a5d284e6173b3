import os

from .objects import Node
from .images import fetch_image, fetch_image_checked
from .drivers import IPMIPower, IPMIPowerArgv
from .agent_client import AgentClient

CONFIGDRIVE_DIR = "/var/lib/ironic/configdrive"


class ConductorManager:
    def create_node(self, node):
        created = Node.create(node)
        IPMIPower().validate(created.driver_info)
        IPMIPowerArgv().validate(created.driver_info)
        return {"uuid": created.uuid}

    def list_nodes(self, driver, resource_class):
        return Node.list_by_driver(driver, resource_class)

    def do_node_deploy(self, node_uuid, instance_info, configdrive):
        source = instance_info.get("image_source")
        fetch_image(node_uuid, source)
        fetch_image_checked(node_uuid, instance_info.get("image_source"))
        if configdrive:
            name = instance_info.get("configdrive_name", node_uuid)
            # expect: path-traversal
            with open(os.path.join(CONFIGDRIVE_DIR, name), "w") as fh:
                fh.write(configdrive)

    def do_node_clean(self, node_uuid, steps):
        return [s["step"] for s in steps]

    def heartbeat(self, node_uuid, callback_url, agent_version):
        node = Node.get(node_uuid)
        node.driver_internal_info["agent_url"] = callback_url
        node.save()
        AgentClient().get_commands_status(node)
        AgentClient().get_commands_status_checked(node)
