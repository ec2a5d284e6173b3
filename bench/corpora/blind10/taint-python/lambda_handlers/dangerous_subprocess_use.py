# library: AWS Lambda (event data into subprocess)
"""Thumbnail and archive handlers."""
import subprocess


def thumbnail_handler(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    # expect: command-injection
    subprocess.run(f"convert /tmp/{key} -resize 200x200 /tmp/thumb-{key}", shell=True, check=True)
    return {"thumb": "thumb-" + key}


def thumbnail_handler_safe(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    subprocess.run(["convert", "/tmp/" + key, "-resize", "200x200", "/tmp/thumb-" + key.replace("/", "_")], check=True)
    return {"thumb": "thumb-" + key}


def archive_handler(event, context):
    name = event["queryStringParameters"]["name"]
    # expect: command-injection
    out = subprocess.check_output("tar czf /tmp/out.tgz /tmp/" + name, shell=True)
    return {"statusCode": 200, "body": out.decode()}


def version_handler(event, context):
    out = subprocess.check_output(["convert", "-version"], text=True)
    return {"statusCode": 200, "body": out.splitlines()[0]}
