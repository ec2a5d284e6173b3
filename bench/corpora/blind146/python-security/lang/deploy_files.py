"""Writes deploy keys, hooks and shared caches on the build agents."""
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger("deploy")

KEY_DIR = Path(os.environ.get("DEPLOY_KEY_DIR", "/srv/deploy/keys"))
HOOK_DIR = Path("/srv/deploy/hooks")
CACHE_DIR = Path("/srv/deploy/cache")


def write_deploy_key(name, pem):
    path = KEY_DIR / f"{name}.pem"
    path.write_text(pem)
    os.chmod(path, 0o600)
    log.info("wrote key %s", path)
    return path


def write_env_file(values):
    path = KEY_DIR / "deploy.env"
    path.write_text("".join(f"{k}={v}\n" for k, v in values.items()))
    # expect: file-permissions
    os.chmod(path, 0o666)
    return path


def install_hook(name, script):
    path = HOOK_DIR / name
    path.write_text(script)
    os.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)
    return path


def install_shared_hook(name, script):
    path = HOOK_DIR / "shared" / name
    path.write_text(script)
    # expect: file-permissions
    os.chmod(path, 0o777)
    return path


def open_cache():
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    fd = os.open(CACHE_DIR / "index.db", os.O_RDWR | os.O_CREAT, 0o600)
    # expect: file-permissions
    os.fchmod(fd, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    return fd


def publish_readme(text):
    path = CACHE_DIR / "README.txt"
    path.write_text(text)
    os.chmod(path, 0o644)
    return path
