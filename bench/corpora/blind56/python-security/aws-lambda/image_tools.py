"""Lambda functions behind the media API: thumbnails, probes and DNS checks."""
import json
import os
import shlex
import subprocess
from os import popen as shell_popen

OUT_DIR = "/tmp/out"


def _convert(command):
    # expect: command-injection
    return os.system(command)


def thumbnail_handler(event, context):
    record = event["Records"][0]["s3"]
    key = record["object"]["key"]
    size = event.get("size", "256x256")
    local = "/tmp/" + os.path.basename(key)
    # expect: command-injection
    status = os.system(f"convert {local} -resize {size} {OUT_DIR}/thumb.png")
    return {"status": status}


def probe_handler(event, context):
    params = event.get("queryStringParameters") or {}
    host = params["host"]
    # expect: command-injection
    output = os.popen("ping -c 1 -W 2 " + host).read()
    return {"statusCode": 200, "body": json.dumps({"output": output})}


def dns_handler(event, context):
    body = json.loads(event["body"])
    domain = body["domain"]
    # expect: command-injection
    answer = shell_popen("nslookup %s" % domain).read()
    return {"statusCode": 200, "body": answer}


def watermark_handler(event, context):
    text = event["pathParameters"]["label"]
    cmd = "composite -gravity south label:'" + text + "' /tmp/in.png /tmp/out.png"
    code = _convert(cmd)
    return {"statusCode": 200 if code == 0 else 500}


def disk_handler(event, context):
    usage = os.popen("df -h /tmp").read()
    os.system("sync")
    return {"statusCode": 200, "body": usage}


def safe_probe_handler(event, context):
    host = (event.get("queryStringParameters") or {}).get("host", "")
    result = subprocess.run(["ping", "-c", "1", "-W", "2", "--", host], capture_output=True, text=True, timeout=10)
    return {"statusCode": 200, "body": result.stdout, "quoted": shlex.quote(host)}
