"""Thumbnail/convert Lambda triggered by API Gateway and S3 events."""
import json
import os
import re
import subprocess

import boto3

s3 = boto3.client("s3")
TMP = "/tmp"
FORMATS = {"png": "png", "jpg": "jpeg", "webp": "webp"}


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    size = body.get("size", "200x200")
    src = os.path.join(TMP, "in")
    s3.download_file(os.environ["BUCKET"], body["key"], src)
    # expect: command-injection
    subprocess.run(f"convert {src} -resize {size} {TMP}/out.png", shell=True, check=True)
    # expect: command-injection
    info = subprocess.check_output(["sh", "-c", "identify " + body["key"]], text=True)
    tool = event["queryStringParameters"]["tool"]
    # expect: command-injection
    subprocess.Popen([tool, src], stdout=subprocess.PIPE).communicate()
    return {"statusCode": 200, "body": json.dumps({"info": info})}


def s3_handler(event, context):
    record = event["Records"][0]["s3"]
    key = record["object"]["key"]
    local = os.path.join(TMP, "upload")
    s3.download_file(record["bucket"]["name"], key, local)
    # expect: command-injection
    subprocess.call("exiftool -all= " + key, shell=True)
    return {"ok": True}


def safe_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    size = body.get("size", "200x200")
    if not re.fullmatch(r"\d{1,4}x\d{1,4}", size):
        return {"statusCode": 400, "body": "bad size"}
    fmt = FORMATS.get(body.get("format"), "png")
    src = os.path.join(TMP, "in")
    s3.download_file(os.environ["BUCKET"], body["key"], src)
    subprocess.run(["convert", src, "-resize", size, f"{TMP}/out.{fmt}"], check=True)
    version = subprocess.check_output(["convert", "-version"], text=True)
    return {"statusCode": 200, "body": json.dumps({"version": version.splitlines()[0]})}
