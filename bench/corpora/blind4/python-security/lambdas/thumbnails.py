"""S3-triggered thumbnailer and a small admin endpoint behind API Gateway."""
import json
import logging
import os
import subprocess
import urllib.parse
import urllib.request

import boto3

log = logging.getLogger()
log.setLevel(logging.INFO)
s3 = boto3.client("s3")
CONVERT = "/opt/bin/convert"
SIZES = {"small": "160x160", "medium": "480x480"}


def handler(event, context):
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
        src = f"/tmp/{os.path.basename(key)}"
        s3.download_file(bucket, key, src)
        for label, geometry in SIZES.items():
            out = f"{src}.{label}.jpg"
            subprocess.run([CONVERT, src, "-thumbnail", geometry, out], check=True, timeout=60)
            s3.upload_file(out, bucket, f"thumbs/{label}/{os.path.basename(key)}")
    return {"ok": True}


def admin_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    geometry = body.get("geometry", "160x160")
    key = body["key"]
    # expect: subprocess-shell-injection
    subprocess.run(f"{CONVERT} /tmp/{key} -resize {geometry} /tmp/out.jpg", shell=True, check=True)
    return {"statusCode": 202, "body": json.dumps({"queued": key})}


def stats_handler(event, context):
    # expect: cleartext-http
    resp = urllib.request.urlopen("http://metrics.internal.example:8080/thumbs", timeout=5)
    return {"statusCode": 200, "body": resp.read().decode()}
