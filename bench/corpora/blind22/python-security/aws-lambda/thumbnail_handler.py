"""Lambda: builds thumbnails and runs maintenance tasks from API Gateway events."""
import asyncio
import json
import os
import subprocess

import boto3

s3 = boto3.client("s3")
TASKS = {"vacuum": ["/opt/bin/vacuum", "--quick"], "reindex": ["/opt/bin/reindex"]}


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    key = body.get("key", "")
    size = body.get("size", "128x128")
    s3.download_file(os.environ["BUCKET"], key, "/tmp/in.jpg")
    # expect: command-injection
    subprocess.run(f"convert /tmp/in.jpg -resize {size} /tmp/out.jpg", shell=True, check=True)
    subprocess.run(["convert", "/tmp/in.jpg", "-resize", "128x128", "/tmp/out.jpg"], check=True)
    return {"statusCode": 200, "body": json.dumps({"key": key})}


def maintenance(event, context):
    task = event["queryStringParameters"]["task"]
    argv = TASKS.get(task)
    if argv:
        subprocess.run(argv, check=True)
    # expect: command-injection
    os.system("/opt/bin/report --name " + task)
    return {"statusCode": 204}


def probe(event, context):
    host = event["pathParameters"]["host"]
    # expect: command-injection
    pid = os.spawnlp(os.P_NOWAIT, "/bin/sh", "sh", "-c", "nc -z " + host + " 443")
    return {"statusCode": 202, "body": str(pid)}


async def _run(cmd):
    proc = await asyncio.create_subprocess_shell(cmd)
    return await proc.wait()


def warmup(event, context):
    region = event.get("detail", {}).get("region", "eu-west-1")
    # expect: command-injection
    asyncio.run(_run("aws ec2 describe-instances --region " + region))
    return {"statusCode": 200}


def echo(event, context):
    name = event["queryStringParameters"].get("name", "")
    # expect: xss
    html = "<html><body><h1>Hi " + name + "</h1></body></html>"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": html}
