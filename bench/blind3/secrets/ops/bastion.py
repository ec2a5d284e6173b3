"""Open an SSH tunnel through the bastion for the nightly report job."""

import io
import logging
import os

import paramiko
from sshtunnel import SSHTunnelForwarder

log = logging.getLogger(__name__)

BASTION = ("bastion.acme.example", 22)
DB_HOST = ("reports-db.internal", 5432)
KNOWN_HOST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAImsIz248h1R31bRus7pYAE2TIVhNSpZpIzTjEMDCLQY2 deploy@ci"

# expect: private-key
DEPLOY_KEY = """-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
MKlmuQkSvet6mZx1Y37BF2kPGVCzIjUqb9xqzgNOpwfbiXrDe2Bo8OZuyC7Hwi5+HfjGbg
LMd42pgPNCzPYfwV67PVjJuXEs8fVenTVXNgEB40OGYMqBrlNVXZxdPsR6R5aPioBgJa/p
Ig1OFywATmIKI/2JV0PqyFWjs/58wQpyh/nnYIsZPnzIJjvf0LN7FZagnC0ZDcKx/Elnt5
mXU09IB+feWWNafZam98HDtFdVTTt8s23ZRpPQjORD7f829vPaDTXfrxGvLGcBLACbGkua
oRzbfOSitVmD8lENY6sGzgLqPO/dA9S0V6cpXzrLxj0LdxNxuO9qB5UnryCpy4KI4O9awj
Uv4xmz0zKEaRywZiY/A/dS9tVe1QmHmxMGkSteVEluGSWQdmV/
-----END OPENSSH PRIVATE KEY-----
"""


def _key() -> paramiko.PKey:
    path = os.environ.get("BASTION_KEY_PATH")
    if path:
        return paramiko.Ed25519Key.from_private_key_file(path)
    return paramiko.Ed25519Key.from_private_key(io.StringIO(DEPLOY_KEY))


def open_tunnel() -> SSHTunnelForwarder:
    tunnel = SSHTunnelForwarder(
        BASTION,
        ssh_username="reports",
        ssh_pkey=_key(),
        remote_bind_address=DB_HOST,
        local_bind_address=("127.0.0.1", 0),
    )
    tunnel.start()
    log.info("tunnel on 127.0.0.1:%s", tunnel.local_bind_port)
    return tunnel
