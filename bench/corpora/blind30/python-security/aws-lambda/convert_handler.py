"""Lambda that converts uploaded documents with the tools in the container image."""
import json
import os
import uuid

WORKDIR = "/tmp/convert"


def lambda_handler(event, context):
    body = json.loads(event["body"])
    fmt = body.get("format", "pdf")
    source = body["source_key"]
    os.makedirs(WORKDIR, exist_ok=True)
    local = os.path.join(WORKDIR, uuid.uuid4().hex)

    if fmt == "pdf":
        # expect: command-injection
        os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "soffice --headless --convert-to pdf " + source)
    elif fmt == "png":
        cmd = f"convert {source}[0] {local}.png"
        # expect: command-injection
        os.spawnv(os.P_WAIT, "/bin/bash", ["bash", "-c", cmd])
    else:
        os.spawnlp(os.P_WAIT, "pandoc", "pandoc", "--version")
    return {"statusCode": 200, "body": json.dumps({"output": local})}


def thumbnail_handler(event, context):
    tool = event["queryStringParameters"]["tool"]
    # expect: command-injection
    pid = os.spawnlp(os.P_NOWAIT, tool, tool, "--thumbnail", "/tmp/convert/in")
    os.waitpid(pid, 0)
    return {"statusCode": 202}


def archive_handler(event, context):
    names = " ".join(r["s3"]["object"]["key"] for r in event["Records"])
    argv = ["/bin/sh", "-c", "zip -r /tmp/convert/out.zip " + names]
    # expect: command-injection
    os.posix_spawn("/bin/sh", argv, dict(os.environ))
    return {"statusCode": 202}


def health_handler(event, context):
    os.spawnl(os.P_WAIT, "/usr/bin/soffice", "soffice", "--version")
    return {"statusCode": 200}
