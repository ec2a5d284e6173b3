"""Lambda that converts uploaded media and runs maintenance commands."""
import json
import logging
import os
import shlex
import subprocess

logger = logging.getLogger()
logger.setLevel(logging.INFO)

ALLOWED_FORMATS = {"png": "png", "jpg": "jpeg", "webp": "webp"}
WORK_DIR = "/tmp/work"


def lambda_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    action = body.get("action", "convert")
    if action == "convert":
        return convert(event, body)
    if action == "diagnose":
        # expect: command-injection
        out = subprocess.check_output(body["command"], shell=True, text=True)
        return {"statusCode": 200, "body": out}
    if action == "script":
        # expect: command-injection
        subprocess.run(["sh", "-c", body["script"]], check=True, timeout=60)
        return {"statusCode": 204}
    return {"statusCode": 400, "body": "unknown action"}


def convert(event, body):
    fmt = ALLOWED_FORMATS.get(body.get("format"), "png")
    os.makedirs(WORK_DIR, exist_ok=True)
    src = os.path.join(WORK_DIR, "input.bin")
    dst = os.path.join(WORK_DIR, "output." + fmt)
    subprocess.run(["convert", src, "-resize", "800x800", dst], check=True, timeout=60)
    subprocess.run(["du", "-sh", WORK_DIR], check=False)
    logger.info("converted for %s", event["requestContext"].get("requestId"))
    return {"statusCode": 200, "body": dst}


def thumbnail_handler(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    # expect: command-injection
    subprocess.call("convert /tmp/" + key + " -thumbnail 200x200 /tmp/thumb.png", shell=True)
    subprocess.run(["convert", "/tmp/" + shlex.quote(os.path.basename(key)), "/tmp/thumb.webp"], check=True)
    return {"statusCode": 200}
