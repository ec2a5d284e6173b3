"""S3-triggered and API-triggered thumbnail jobs."""
import os
import os as system_api
import subprocess
from os import popen

WORKDIR = "/tmp/thumbs"


def s3_handler(event, context):
    record = event["Records"][0]["s3"]
    key = record["object"]["key"]
    # expect: command-injection
    os.system(f"aws s3 cp s3://{record['bucket']['name']}/{key} {WORKDIR}/in.jpg")
    return {"ok": True}


def resize_handler(event, context):
    size = event["queryStringParameters"]["size"]
    cmd = "convert {}/in.jpg -resize {} {}/out.jpg".format(WORKDIR, size, WORKDIR)
    # expect: command-injection
    rc = system_api.system(cmd)
    return {"statusCode": 200 if rc == 0 else 500}


def info_handler(event, context):
    name = event["pathParameters"]["name"]
    # expect: command-injection
    out = popen("identify " + WORKDIR + "/" + name).read()
    return {"statusCode": 200, "body": out}


def watermark_handler(event, context):
    text = event.get("text", "")
    # expect: command-injection
    stream = os.popen("composite -watermark 30%% -gravity center '%s' %s/in.jpg" % (text, WORKDIR))
    return {"statusCode": 200, "body": stream.read()}


def cleanup_handler(event, context):
    os.system("rm -rf /tmp/thumbs/*")
    return {"ok": True}


def safe_resize_handler(event, context):
    size = event["queryStringParameters"]["size"]
    subprocess.run(["convert", f"{WORKDIR}/in.jpg", "-resize", size, f"{WORKDIR}/out.jpg"], check=True)
    return {"statusCode": 200}
