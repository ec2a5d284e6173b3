"""The worker task: certificate orders build a CSR with openssl."""
import re
import subprocess

from .repositories import OrderRepo

DN_PART = re.compile(r"^[A-Za-z0-9 .,_-]{1,64}$")


class BeginTypeOrder:
    def process(self, order_id, project_id):
        order = OrderRepo().get(order_id)
        if order["type"] != "certificate":
            return None
        meta = order["meta"]
        subject = meta.get("subject_dn", "CN=" + project_id)
        key_file = "/var/lib/barbican/keys/%s.pem" % order_id
        # expect: command-injection
        subprocess.run(f"openssl req -new -key {key_file} -subj '/{subject}' -out {key_file}.csr", shell=True, check=True)
        return self.process_checked(order_id, meta.get("common_name", ""))

    def process_checked(self, order_id, common_name):
        if not DN_PART.match(common_name):
            return None
        key_file = "/var/lib/barbican/keys/%s.pem" % order_id
        subprocess.run(["openssl", "req", "-new", "-key", key_file, "-subj", "/CN=" + common_name,
                        "-out", key_file + ".csr"], check=True)
