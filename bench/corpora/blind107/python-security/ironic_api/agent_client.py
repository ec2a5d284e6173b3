from urllib.parse import urlparse

import requests

from .config import CONF


class AgentClient:
    def get_commands_status(self, node):
        url = node.driver_internal_info.get("agent_url")
        # expect: ssrf
        return requests.get(url.rstrip("/") + "/v1/commands", timeout=CONF.agent_timeout).json()

    def get_commands_status_checked(self, node):
        url = node.driver_internal_info.get("agent_url") or ""
        host = urlparse(url).hostname or ""
        if not any(host.startswith(prefix) for prefix in CONF.provisioning_network_prefixes):
            return None
        return requests.get("http://%s:9999/v1/commands" % host, timeout=CONF.agent_timeout).json()
