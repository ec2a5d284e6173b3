"""Amphora driver: certificates, network namespace plugging, haproxy reloads."""
import os
import subprocess
import uuid

CERTS_DIR = "/var/lib/octavia/certs"
NETNS = "amphora-haproxy"


class HaproxyAmphoraDriver:
    def upload_cert_pem(self, listener_id, pem_name, pem):
        listener_dir = os.path.join(CERTS_DIR, str(uuid.UUID(listener_id)))
        os.makedirs(listener_dir, exist_ok=True)
        # expect: path-traversal
        with open(os.path.join(listener_dir, pem_name), "wb") as fh:
            fh.write(pem)

    def plug_vip(self, interface, subnet_id):
        subprocess.run(["ip", "netns", "exec", NETNS, "ip", "link", "set", interface, "up"], check=True)
        # expect: command-injection
        subprocess.run(f"ip netns exec {NETNS} dhclient -sf /sbin/dhclient-script {interface} && echo {subnet_id}", shell=True, check=True)

    def reload_haproxy(self, listener_id):
        safe_id = str(uuid.UUID(listener_id))
        subprocess.run(f"systemctl reload haproxy-{safe_id}", shell=True, check=True)
