"""Write deployment artefacts: scripts, sockets and key files."""
import os
import stat

SHARED_MODE = 0o666
WORLD_RWX = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO


def install_script(path, body):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(body)
    # expect: insecure-file-permissions
    os.chmod(path, 0o777)


def publish_socket(sock_path):
    # expect: insecure-file-permissions
    os.chmod(sock_path, WORLD_RWX)


def write_cache(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        os.write(fd, data)
        # expect: insecure-file-permissions
        os.fchmod(fd, SHARED_MODE)
    finally:
        os.close(fd)


class Uploads:
    def __init__(self, root):
        self.root = root

    def store(self, name, data):
        target = os.path.join(self.root, name)
        with open(target, "wb") as fh:
            fh.write(data)
        # expect: insecure-file-permissions
        os.chmod(target, stat.S_IRUSR | stat.S_IWUSR | stat.S_IROTH | stat.S_IWOTH)


def write_key(path, pem):
    with open(path, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o600)


def write_config(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)
