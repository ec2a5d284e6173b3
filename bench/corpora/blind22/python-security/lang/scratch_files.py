"""Scratch files and permissions for the report renderer."""
import os
import stat
import tempfile

REPORT_DIR = "/srv/reports"


def render_to_temp(html):
    # expect: temp-file
    path = tempfile.mktemp(suffix=".html")
    with open(path, "w") as fh:
        fh.write(html)
    return path


def render_to_temp_safe(html):
    fd, path = tempfile.mkstemp(suffix=".html")
    with os.fdopen(fd, "w") as fh:
        fh.write(html)
    return path


def lockfile():
    # expect: temp-file
    with open("/tmp/report-renderer.lock", "w") as fh:
        fh.write(str(os.getpid()))


def publish(path):
    # expect: file-permissions
    os.chmod(path, 0o777)
    os.chmod(os.path.dirname(path), 0o755)


def publish_shared(path):
    mode = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO
    # expect: file-permissions
    os.chmod(path, mode)


def write_secret(path, data):
    with open(path, "w") as fh:
        fh.write(data)
    os.chmod(path, 0o600)


def workspace():
    with tempfile.TemporaryDirectory(prefix="render-") as d:
        return os.listdir(d)
