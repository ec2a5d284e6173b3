"""Server instance: routes and interfaces applied on the host."""
import logging
import re
import subprocess

import requests

from pritunl import settings
from pritunl.mongo import get_collection

logger = logging.getLogger("pritunl.server_instance")

IFACE_RE = re.compile(r"^[a-z0-9]{1,15}$")
AUTH_SERVER = "https://auth.pritunl.com"


class ServerInstance:
    def __init__(self, doc):
        self.doc = doc
        self.id = doc["_id"]

    @classmethod
    def load(cls, server_id):
        return cls(get_collection("servers").find_one({"_id": str(server_id)}))

    def commit(self):
        get_collection("servers").update_one({"_id": self.id}, {"$set": self.doc})

    def add_route(self, network, via=None):
        if not via:
            via = self.doc.get("gateway", "10.0.0.1")
        logger.info("Adding route %s via %s", network, via)
        # expect: command-injection
        subprocess.check_call("ip route add %s via %s" % (network, via), shell=True)

    def add_route_checked(self, network):
        via = self.doc.get("gateway", "10.0.0.1")
        subprocess.check_call(["ip", "route", "add", network, "via", via])

    def bring_up_interface(self):
        iface = self.doc.get("interface", "tun0")
        subprocess.check_call(["ip", "link", "set", "dev", iface, "up"])
        if IFACE_RE.match(iface):
            subprocess.check_call("ip addr flush dev %s" % iface, shell=True)


def fetch_sso_metadata():
    url = settings.app.sso_saml_metadata_url
    # expect: ssrf
    response = requests.get(url, timeout=20)
    response.raise_for_status()
    return response.json()


def fetch_auth_server_status():
    response = requests.get(AUTH_SERVER + "/status", timeout=10)
    return response.status_code == 200
