"""S3-triggered and API-triggered thumbnail generation."""
import base64
import json
import logging
import os
import subprocess
import tempfile
from urllib.parse import unquote_plus

import boto3

logger = logging.getLogger()
logger.setLevel(logging.INFO)
s3 = boto3.client("s3")
SIZES = {"small": "128x128", "medium": "512x512"}


def s3_handler(event, context):
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = unquote_plus(record["s3"]["object"]["key"])
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "src")
            s3.download_file(bucket, key, src)
            dest = os.path.join(tmp, "thumb.jpg")
            subprocess.run(["/opt/bin/convert", src, "-thumbnail", SIZES["small"], dest], check=True)
            # expect: command-injection
            subprocess.run(f"/opt/bin/exiftool -Comment='{key}' {dest}", shell=True, check=True)
            s3.upload_file(dest, bucket, f"thumbs/{os.path.basename(key)}.jpg")
    return {"ok": True}


def api_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    size = SIZES.get(body.get("size"), SIZES["small"])
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        s3.download_file(os.environ["BUCKET"], body["key"], src)
        dest = os.path.join(tmp, "out.jpg")
        # expect: command-injection
        subprocess.call("/opt/bin/convert %s -thumbnail %s -quality %s %s" % (src, size, body.get("quality", "85"), dest), shell=True)
        logger.info("thumbnail for %s", body["key"])
        s3.upload_file(dest, os.environ["BUCKET"], "thumbs/" + os.path.basename(body["key"]))
    return {"statusCode": 200, "body": json.dumps({"ok": True})}


def watermark_handler(event, context):
    text = event["queryStringParameters"]["text"]
    src = "/tmp/base.jpg"
    # expect: command-injection
    out = subprocess.check_output("/opt/bin/convert " + src + " -annotate +10+10 '" + text + "' png:-", shell=True)
    return {"statusCode": 200, "isBase64Encoded": True, "body": base64.b64encode(out).decode()}


def version_handler(event, context):
    out = subprocess.check_output(["/opt/bin/convert", "-version"], text=True)
    return {"statusCode": 200, "body": out.splitlines()[0]}
