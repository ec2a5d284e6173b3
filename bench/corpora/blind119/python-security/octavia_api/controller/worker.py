"""Controller worker: runs the create flow through the amphora driver it holds."""
import re

import requests

from octavia_api.amphorae.driver import HaproxyAmphoraDriver

CERT_SERVICE = "https://barbican.internal:9311/v1/containers/"


class ControllerWorker:
    def __init__(self):
        self.amphora_driver = HaproxyAmphoraDriver()

    def _fetch_cert(self, tls_ref):
        if tls_ref and re.fullmatch(r"[0-9a-f-]{36}", tls_ref):
            return requests.get(CERT_SERVICE + tls_ref, timeout=10).content
        if tls_ref:
            # expect: ssrf
            return requests.get(tls_ref, timeout=10).content
        return b""

    def create_load_balancer(self, lb_name, vip, tls_ref, pem_name, listener_id):
        pem = self._fetch_cert(tls_ref)
        self.amphora_driver.plug_vip(vip["interface"], vip["subnet_id"])
        self.amphora_driver.upload_cert_pem(listener_id, pem_name, pem)
        self.amphora_driver.reload_haproxy(listener_id)
        return lb_name
