"""S3-triggered and API-triggered image jobs."""
import json
import shlex
import subprocess


def resize_handler(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    # expect: command-injection
    subprocess.run(f"convert /tmp/{key} -resize 200x200 /tmp/thumb.png", shell=True, check=True)
    return {"status": "ok"}


def unzip_handler(event, context):
    body = json.loads(event["body"])
    # expect: command-injection
    out = subprocess.check_output(["sh", "-c", "unzip -o /tmp/upload.zip " + body["pattern"]])
    return {"statusCode": 200, "body": out.decode()}


def tool_handler(event, context):
    tool = event["queryStringParameters"]["tool"]
    # expect: command-injection
    proc = subprocess.Popen([tool, "--version"], stdout=subprocess.PIPE)
    return {"statusCode": 200, "body": proc.communicate()[0].decode()}


def script_handler(event, context):
    script = event.get("script", "report.py")
    # expect: command-injection
    subprocess.call(["python", script])
    return {"statusCode": 204}


def identify_handler(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    out = subprocess.run(f"identify {shlex.quote('/tmp/' + key)}", shell=True, capture_output=True, check=False)
    return {"statusCode": 200, "body": out.stdout.decode()}


def disk_handler(event, context):
    out = subprocess.run(["df", "-h", "/tmp"], capture_output=True, check=True)
    return {"statusCode": 200, "body": out.stdout.decode()}
