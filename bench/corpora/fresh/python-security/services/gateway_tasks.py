"""Celery tasks behind the API gateway."""
import hashlib
import json
import os
import random
import shutil
import subprocess
import tarfile
import tempfile
import zipfile

import boto3
import requests
from celery import shared_task

s3 = boto3.client("s3")
WORKDIR = "/var/lib/gateway"


@shared_task
def fetch_avatar(user_id, url):
    # expect: ssrf
    r = requests.get(url, timeout=10)
    path = os.path.join(WORKDIR, "avatars", f"{int(user_id)}.png")
    with open(path, "wb") as fh:
        fh.write(r.content)


@shared_task
def fetch_status():
    # expect: no-timeout
    return requests.get("https://status.example.com/api/v2/summary.json").json()


@shared_task
def fetch_status_with_timeout():
    return requests.get("https://status.example.com/api/v2/summary.json", timeout=5).json()


@shared_task
def unpack_bundle(bucket, key):
    with tempfile.TemporaryDirectory() as tmp:
        local = os.path.join(tmp, "bundle.tar.gz")
        s3.download_file(bucket, key, local)
        with tarfile.open(local) as tar:
            # expect: path-traversal
            tar.extractall(os.path.join(WORKDIR, "bundles"))


@shared_task
def unpack_bundle_safe(bucket, key):
    with tempfile.TemporaryDirectory() as tmp:
        local = os.path.join(tmp, "bundle.tar.gz")
        s3.download_file(bucket, key, local)
        with tarfile.open(local) as tar:
            tar.extractall(os.path.join(WORKDIR, "bundles"), filter="data")


@shared_task
def unzip_upload(path):
    with zipfile.ZipFile(path) as zf:
        for member in zf.namelist():
            # expect: path-traversal
            with zf.open(member) as src, open(os.path.join(WORKDIR, member), "wb") as dst:
                shutil.copyfileobj(src, dst)


@shared_task
def make_invite_code():
    # expect: insecure-random
    return "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))


@shared_task
def sample_for_qa(ids):
    return random.sample(ids, min(len(ids), 25))


@shared_task
def run_plugin(plugin_name, payload):
    # expect: command-injection
    out = subprocess.run(f"/opt/plugins/{plugin_name} '{json.dumps(payload)}'", shell=True, capture_output=True, timeout=60)
    return out.stdout.decode()


@shared_task
def checksum(key):
    obj = s3.get_object(Bucket="uploads", Key=key)
    return hashlib.sha256(obj["Body"].read()).hexdigest()


@shared_task
def dynamic_call(module_name, func_name, *args):
    import importlib
    # expect: code-injection
    mod = importlib.import_module(module_name)
    return getattr(mod, func_name)(*args)


@shared_task
def compute(expression):
    # expect: code-injection
    return eval(expression, {"__builtins__": {}}, {})


@shared_task
def compute_literal(expression):
    import ast
    return ast.literal_eval(expression)
