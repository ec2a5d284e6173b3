"""Lambda that packages report folders and answers DNS checks for the support tool."""
import json
import os
import subprocess

WORK_DIR = os.environ.get("WORK_DIR", "/mnt/reports")


def package_handler(event, context):
    folder = event["folder"]
    archive = os.path.join(WORK_DIR, "bundle.zip")
    # expect: command-injection
    rc = os.system(f"cd {WORK_DIR} && zip -qr {archive} {folder}")
    return {"statusCode": 200 if rc == 0 else 500}


def dns_handler(event, context):
    host = event["queryStringParameters"]["host"]
    # expect: command-injection
    answer = os.popen("dig +short " + host).read()
    return {"statusCode": 200, "body": json.dumps({"answer": answer.split()})}


def cleanup_handler(event, context):
    pattern = json.loads(event["body"]).get("pattern", "*.zip")
    command = "find %s -name '%s' -delete" % (WORK_DIR, pattern)
    # expect: command-injection
    os.system(command)
    return {"statusCode": 204}


def dns_handler_safe(event, context):
    host = event["queryStringParameters"]["host"]
    result = subprocess.run(["dig", "+short", "--", host], capture_output=True, text=True, timeout=10, check=False)
    return {"statusCode": 200, "body": json.dumps({"answer": result.stdout.split()})}


def warmup_handler(event, context):
    os.system("zip -v > /dev/null")
    return {"statusCode": 200}
