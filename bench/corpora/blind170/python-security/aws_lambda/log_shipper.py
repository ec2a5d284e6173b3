"""Lambda: compress uploaded log bundles and ship them to the archive bucket."""
import json
import os
import subprocess
import tempfile
import urllib.parse

import boto3

s3 = boto3.client("s3")
ARCHIVE_BUCKET = os.environ["ARCHIVE_BUCKET"]


def handler(event, context):
    record = event["Records"][0]["s3"]
    bucket = record["bucket"]["name"]
    # object keys are chosen by whoever uploads to the inbox bucket (customers' agents)
    key = urllib.parse.unquote_plus(record["object"]["key"])
    workdir = tempfile.mkdtemp(dir="/tmp")
    local = os.path.join(workdir, "bundle")
    s3.download_file(bucket, key, local)
    # expect: command-injection
    os.system(f"cd {workdir} && tar -xzf bundle && zstd -19 -q -r . -o '{key}.zst'")
    s3.upload_file(os.path.join(workdir, "bundle.zst"), ARCHIVE_BUCKET, key + ".zst")
    return {"statusCode": 200, "body": json.dumps({"archived": key})}


def stats_handler(event, context):
    params = event.get("queryStringParameters") or {}
    pattern = params.get("grep", "ERROR")
    # expect: command-injection
    counts = os.popen("zcat /tmp/cache/*.gz | grep -c " + pattern).read()
    return {"statusCode": 200, "body": json.dumps({"matches": counts.strip()})}


def quoted_handler(event, context):
    params = event.get("queryStringParameters") or {}
    pattern = params.get("grep", "ERROR")
    out = subprocess.run(["grep", "-c", "--", pattern, "/tmp/cache/latest.log"], capture_output=True, text=True)
    return {"statusCode": 200, "body": json.dumps({"matches": out.stdout.strip()})}


def cleanup_handler(event, context):
    os.system("rm -rf /tmp/cache/*")
    os.system("df -h /tmp")
    return {"statusCode": 200, "body": "cleaned"}
