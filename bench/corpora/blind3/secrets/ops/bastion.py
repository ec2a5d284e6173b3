"""Open an SSH tunnel through the bastion for the nightly report job."""

import io
import logging
import os

import paramiko
from sshtunnel import SSHTunnelForwarder

log = logging.getLogger(__name__)

BASTION = ("bastion.acme.example", 22)
DB_HOST = ("reports-db.internal", 5432)
KNOWN_HOST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDZzp7d4PDGVA7qauMRSLv3ZRHINAF+api7oGLFg+Sdi deploy@ci"

# expect: private-key
DEPLOY_KEY = """-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACA2c6e3eDwxlQO6mrjEUi792URyDQBfmqYu6BixYPknYgAAAJBMVcYnTFXG
JwAAAAtzc2gtZWQyNTUxOQAAACA2c6e3eDwxlQO6mrjEUi792URyDQBfmqYu6BixYPknYg
AAAEC1UqBaVJRTwpUX4/mz0BTv54AzRlOzvqaimJII5YEowTZzp7d4PDGVA7qauMRSLv3Z
RHINAF+api7oGLFg+SdiAAAACWRlcGxveUBjaQECAwQ=
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
