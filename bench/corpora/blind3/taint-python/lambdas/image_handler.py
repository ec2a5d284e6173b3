"""Lambda behind an ALB: resizes images on the fly."""

from __future__ import annotations

import base64
import os
import subprocess
import urllib.request

import boto3

s3 = boto3.client("s3")
BUCKET = os.environ.get("IMAGES_BUCKET", "acme-images")
SIZES = {"s": "200x200", "m": "800x800", "l": "1600x1600"}


def handler(event, context):
    qs = event.get("queryStringParameters") or {}
    key = qs.get("key", "")
    size = SIZES.get(qs.get("size", "m"), "800x800")
    local_in = "/tmp/in.img"
    s3.download_file(BUCKET, key, local_in)
    subprocess.run(["convert", local_in, "-resize", size, "/tmp/out.jpg"], check=True)
    with open("/tmp/out.jpg", "rb") as fh:
        data = base64.b64encode(fh.read()).decode()
    return {"statusCode": 200, "isBase64Encoded": True, "body": data,
            "headers": {"Content-Type": "image/jpeg"}}


def remote_handler(event, context):
    qs = event.get("queryStringParameters") or {}
    geometry = qs.get("geometry", "800x800")
    source = qs["url"]
    # expect: ssrf
    urllib.request.urlretrieve(source, "/tmp/remote.img")
    # expect: command-injection
    subprocess.run("convert /tmp/remote.img -resize " + geometry + " /tmp/out.jpg", shell=True, check=True)
    return {"statusCode": 204}


def metadata_handler(event, context):
    key = event["pathParameters"]["key"]
    head = s3.head_object(Bucket=BUCKET, Key=key)
    return {"statusCode": 200, "body": str(head["ContentLength"])}
