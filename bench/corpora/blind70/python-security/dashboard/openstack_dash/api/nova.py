"""Compute API wrappers."""
import logging
import subprocess

LOG = logging.getLogger(__name__)


def novaclient(request):
    from novaclient import client

    return client.Client("2.1", session=request.session_client)


def keypair_import(request, name, public_key):
    return novaclient(request).keypairs.create(name, public_key)


def keypair_fingerprint(public_key):
    """Fingerprint of a public key, by ssh-keygen."""
    result = subprocess.run(
        ["ssh-keygen", "-l", "-f", "-"], input=public_key, capture_output=True, text=True, timeout=10, check=True
    )
    return result.stdout.split()[1]


def keypair_fingerprint_legacy(public_key):
    cmd = "echo '%s' | ssh-keygen -l -f -" % public_key
    # expect: command-injection
    out = subprocess.check_output(cmd, shell=True, text=True, timeout=10)
    return out.split()[1]
