import os
import shutil
import stat
import tarfile
import tempfile
import zipfile
from pathlib import Path

UPLOAD_ROOT = Path("/srv/uploads")


def make_shared_dir(name):
    path = UPLOAD_ROOT / name
    path.mkdir(exist_ok=True)
    # expect: insecure-permissions
    os.chmod(path, 0o777)
    return path


def make_private_dir(name):
    path = UPLOAD_ROOT / name
    path.mkdir(mode=0o750, exist_ok=True)
    os.chmod(path, 0o750)
    return path


def publish_report(path):
    # expect: insecure-permissions
    Path(path).chmod(stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def scratch_name():
    # expect: insecure-tempfile
    return tempfile.mktemp(suffix=".csv")


def scratch_file():
    fd, name = tempfile.mkstemp(suffix=".csv")
    os.close(fd)
    return name


def spool_path(job_id):
    # expect: hardcoded-tmp
    return open(f"/tmp/spool-{job_id}.dat", "wb")


def unpack(archive_path, dest):
    with tarfile.open(archive_path) as tar:
        # expect: unsafe-archive-extract
        tar.extractall(dest)


def unpack_safe(archive_path, dest):
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest, filter="data")


def unpack_zip(archive_path, dest):
    with zipfile.ZipFile(archive_path) as zf:
        zf.extractall(dest)


def world_umask():
    # expect: insecure-permissions
    os.umask(0)


def copy_into(src, dest):
    shutil.copy2(src, dest)
    os.chmod(dest, 0o644)


def tmp_workspace():
    with tempfile.TemporaryDirectory() as d:
        return sorted(os.listdir(d))
