# library: os (chmod / makedirs / open modes)
"""Key and cache file handling for the sync agent."""
import os
import stat


def write_key(path, key_bytes):
    with open(path, "wb") as fh:
        fh.write(key_bytes)
    os.chmod(path, 0o600)


def share_cache(cache_dir):
    # expect: file-permissions
    os.chmod(cache_dir, 0o777)


def publish_socket(sock_path):
    # expect: file-permissions
    os.chmod(sock_path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def make_spool(spool):
    # expect: file-permissions
    os.makedirs(spool, mode=0o777, exist_ok=True)


def make_private_dir(path):
    os.makedirs(path, mode=0o700, exist_ok=True)


def make_script_executable(path):
    os.chmod(path, 0o755)


def write_public_report(path, text):
    with open(path, "w") as fh:
        fh.write(text)
    os.chmod(path, 0o644)
