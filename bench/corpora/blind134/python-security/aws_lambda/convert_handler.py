"""Lambda: converts uploaded documents with LibreOffice in the layer."""
import os
import shlex
import subprocess

OUT_DIR = "/tmp/out"


def lambda_handler(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    fmt = event.get("format", "pdf")
    # expect: command-injection
    os.system(f"soffice --headless --convert-to {fmt} --outdir {OUT_DIR} /tmp/in/{key}")
    return {"key": key, "format": fmt}


def thumbnail_handler(event, context):
    size = event["queryStringParameters"]["size"]
    # expect: command-injection
    output = os.popen("convert /tmp/in/page.png -resize " + size + " /tmp/out/thumb.png").read()
    return {"statusCode": 200, "body": output}


def info_handler(event, context):
    path = "/tmp/in/" + event["name"]
    # expect: command-injection
    stream = os.popen("pdfinfo %s" % path)
    return {"statusCode": 200, "body": stream.read()}


def convert_safe(event, context):
    key = os.path.basename(event["Records"][0]["s3"]["object"]["key"])
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT_DIR, f"/tmp/in/{key}"], check=True)
    return {"key": key}


def cleanup_handler(event, context):
    os.system("rm -rf /tmp/out/*")
    return {"quoted": shlex.quote(event.get("name", ""))}
