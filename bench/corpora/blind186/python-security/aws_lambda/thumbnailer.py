"""Lambda that renders thumbnails for uploaded product photos.

Invoked by API Gateway: {"bucket": ..., "key": ..., "width": ...} in the body.
"""
import json
import os
import tempfile
import uuid

import boto3

s3 = boto3.client("s3")
CONVERT = "/opt/bin/convert"
ALLOWED_WIDTHS = {64, 128, 256, 512}
OUTPUT_BUCKET = os.environ["THUMB_BUCKET"]


def _resize(src_path: str, dst_path: str, width: int) -> int:
    return os.spawnv(os.P_WAIT, CONVERT, [CONVERT, src_path, "-resize", f"{width}x", dst_path])


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    bucket = body["bucket"]
    key = body["key"]
    width = int(body.get("width", 256))
    if width not in ALLOWED_WIDTHS:
        return {"statusCode": 400, "body": json.dumps({"error": "unsupported width"})}

    workdir = tempfile.mkdtemp()
    local_in = os.path.join(workdir, f"{uuid.uuid4().hex}.img")
    local_out = os.path.join(workdir, f"{uuid.uuid4().hex}.jpg")
    s3.download_file(bucket, key, local_in)

    status = _resize(local_in, local_out, width)
    if status != 0:
        return {"statusCode": 500, "body": json.dumps({"error": "convert failed"})}

    out_key = f"thumbs/{width}/{uuid.uuid4().hex}.jpg"
    s3.upload_file(local_out, OUTPUT_BUCKET, out_key)
    return {"statusCode": 200, "body": json.dumps({"key": out_key})}


def watermark_handler(event, context):
    """Stamps the caller's text onto an already uploaded photo."""
    params = event.get("queryStringParameters") or {}
    text = params.get("text", "sample")
    key = params["key"]
    local = os.path.join(tempfile.mkdtemp(), "in.jpg")
    s3.download_file(OUTPUT_BUCKET, key, local)
    # expect: command-injection
    os.spawnlp(os.P_WAIT, "sh", "sh", "-c", f"{CONVERT} {local} -annotate +10+10 '{text}' {local}")
    s3.upload_file(local, OUTPUT_BUCKET, key)
    return {"statusCode": 204}


def archive_handler(event, context):
    """Bundles a folder of originals into a zip for download."""
    prefix = event["pathParameters"]["folder"]
    workdir = tempfile.mkdtemp()
    # expect: command-injection
    os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "aws s3 cp --recursive s3://" + OUTPUT_BUCKET + "/" + prefix + " " + workdir])
    zip_path = os.path.join(tempfile.mkdtemp(), f"{uuid.uuid4().hex}.zip")
    os.spawnvp(os.P_WAIT, "zip", ["zip", "-r", "-q", zip_path, workdir])
    s3.upload_file(zip_path, OUTPUT_BUCKET, f"zips/{os.path.basename(zip_path)}")
    return {"statusCode": 200, "body": json.dumps({"zip": os.path.basename(zip_path)})}
