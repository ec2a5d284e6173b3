"""Writes configuration and key files during host provisioning."""
import os
import stat
import tempfile

CONFIG_DIR = "/etc/shipyard"


def write_private_key(name, pem: bytes):
    path = os.path.join(CONFIG_DIR, "keys", name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o600)
    return path


def write_env_file(values: dict):
    path = os.path.join(CONFIG_DIR, "service.env")
    with open(path, "w") as fh:
        for key, value in values.items():
            fh.write(f"{key}={value}\n")
    # expect: file-permissions
    os.chmod(path, 0o666)
    return path


def install_hook(script: str):
    path = os.path.join(CONFIG_DIR, "hooks", "post-deploy")
    with open(path, "w") as fh:
        fh.write(script)
    os.chmod(path, 0o755)
    return path


def shared_upload_dir():
    path = os.path.join(CONFIG_DIR, "uploads")
    os.makedirs(path, exist_ok=True)
    # expect: file-permissions
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    return path


def public_readme(text: str):
    path = os.path.join(CONFIG_DIR, "README")
    with open(path, "w") as fh:
        fh.write(text)
    os.chmod(path, 0o644)


def scratch_file():
    fd, path = tempfile.mkstemp(prefix="shipyard-")
    os.fchmod(fd, stat.S_IRUSR | stat.S_IWUSR)
    return fd, path
