"""Lays out the release directory on the build agents: keys, scripts, shared caches."""
import os
import stat
from pathlib import Path

RELEASE_ROOT = Path(os.environ.get("RELEASE_ROOT", "/opt/app/releases"))


def write_deploy_key(release, key_text):
    key_path = release / ".ssh" / "deploy_key"
    key_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key_path.write_text(key_text)
    os.chmod(key_path, 0o600)
    return key_path


def write_env_file(release, env):
    env_path = release / ".env"
    env_path.write_text("".join(f"{k}={v}\n" for k, v in sorted(env.items())))
    # expect: file-permissions
    os.chmod(env_path, 0o666)
    return env_path


def install_scripts(release, scripts):
    bin_dir = release / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name, body in scripts.items():
        target = bin_dir / name
        target.write_text(body)
        os.chmod(target, 0o755)


def share_cache(release):
    cache = release / "var" / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    # build agents run as different users and all write here
    # expect: file-permissions
    os.chmod(cache, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    return cache


def publish_readme(release, text):
    readme = release / "README.txt"
    readme.write_text(text)
    os.chmod(readme, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)


def lock_config(release):
    with open(release / "config.lock", "w") as fh:
        fh.write("locked\n")
        os.fchmod(fh.fileno(), 0o400)
