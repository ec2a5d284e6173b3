"""Lambda that unpacks uploaded archives and runs the configured post-processor."""
import json
import os
import shutil

WORKDIR = "/tmp/archive"
ALLOWED_FORMATS = {"gz": "gzip", "bz2": "bzip2", "xz": "xz"}


def _prepare(key):
    shutil.rmtree(WORKDIR, ignore_errors=True)
    os.makedirs(WORKDIR)
    return os.path.join(WORKDIR, os.path.basename(key))


def decompress(path, fmt):
    tool = ALLOWED_FORMATS[fmt]
    return os.spawnlp(os.P_WAIT, tool, tool, "-d", "-k", path)


def handler(event, context):
    record = event["Records"][0]["s3"]
    key = record["object"]["key"]
    path = _prepare(key)
    options = json.loads(event.get("options") or "{}")

    fmt = options.get("format", "gz")
    if fmt in ALLOWED_FORMATS:
        decompress(path, fmt)

    processor = options.get("processor")
    if processor:
        # expect: command-injection
        os.spawnlp(os.P_WAIT, processor, processor, path)

    script = event.get("post_script", "")
    if script:
        # expect: command-injection
        os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", script)

    tar_flags = event.get("tar_flags", "-x")
    # expect: command-injection
    os.spawnv(os.P_WAIT, "/bin/bash", ["bash", "-c", f"tar {tar_flags} -f {path} -C {WORKDIR}"])

    notifier = event.get("notifier")
    if notifier:
        # expect: command-injection
        os.spawnvpe(os.P_NOWAIT, notifier, [notifier, key], {"PATH": "/usr/bin:/bin"})

    os.spawnv(os.P_WAIT, "/usr/bin/sha256sum", ["sha256sum", path])
    return {"statusCode": 200, "body": json.dumps({"unpacked": os.listdir(WORKDIR)})}
