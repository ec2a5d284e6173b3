"""Nightly backup job: dump, compress, upload."""
import logging
import subprocess

log = logging.getLogger(__name__)


def dump_database(target):
    # expect: unchecked-return
    subprocess.call(["pg_dump", "--format=custom", "--file", target, "appdb"])
    log.info("dump written to %s", target)


def compress(path):
    # expect: unchecked-return
    subprocess.call(["zstd", "-q", "--rm", path], stdout=subprocess.DEVNULL)


class Uploader:
    def __init__(self, bucket):
        self.bucket = bucket

    def upload(self, path):
        # expect: unchecked-return
        subprocess.call(["aws", "s3", "cp", path, f"s3://{self.bucket}/"], timeout=600)
        return path


def rotate(paths):
    for path in paths:
        # expect: unchecked-return
        subprocess.call(["rm", "-f", path])


def verify(path):
    code = subprocess.call(["zstd", "-t", path])
    if code != 0:
        raise RuntimeError(f"corrupt archive {path}")


def checksum_ok(path):
    return subprocess.call(["sha256sum", "-c", path + ".sha256"]) == 0


def sync_remote(path):
    subprocess.check_call(["rsync", "-a", path, "backup@vault:/srv/backups/"])


def run_all(target):
    result = subprocess.run(["pg_dump", "--file", target, "appdb"], check=True)
    return result.returncode
