"""Lambda that packages report files into a zip for download."""
import json
import os
import uuid

import boto3

s3 = boto3.client("s3")
BUCKET = os.environ["REPORT_BUCKET"]
WORKDIR = "/tmp/reports"


def _download(keys: list[str]) -> list[str]:
    os.makedirs(WORKDIR, exist_ok=True)
    paths = []
    for key in keys:
        local = os.path.join(WORKDIR, uuid.uuid4().hex + ".pdf")
        s3.download_file(BUCKET, key, local)
        paths.append(local)
    return paths


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    paths = _download(body.get("keys", []))
    archive = f"/tmp/{uuid.uuid4().hex}.zip"

    os.spawnv(os.P_WAIT, "/usr/bin/zip", ["zip", "-j", "-q", archive, *paths])

    if body.get("password"):
        # expect: command-injection
        os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", f"zip -j -q -P {body['password']} {archive}.enc {archive}")
        archive = archive + ".enc"

    if body.get("post_process"):
        # expect: command-injection
        os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", body["post_process"]])

    label = event["queryStringParameters"].get("label", "report")
    # expect: command-injection
    os.spawnlp(os.P_WAIT, "bash", "bash", "-c", "zipnote -w " + archive + " <<< '" + label + "'")

    os.spawnlp(os.P_WAIT, "zip", "zip", "-T", archive)

    key = f"archives/{uuid.uuid4().hex}.zip"
    s3.upload_file(archive, BUCKET, key)
    url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=900)
    return {"statusCode": 200, "body": json.dumps({"url": url})}
