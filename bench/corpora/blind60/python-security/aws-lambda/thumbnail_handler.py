"""Lambda: makes thumbnails and runs maintenance commands sent through an SQS-fed event."""
import json
import os
import shlex
import subprocess
import subprocess as sp

TMP = "/tmp"


def _convert(src, size):
    # expect: command-injection
    return subprocess.run("convert " + src + " -resize " + size + " " + src + ".thumb.jpg", shell=True, check=True)


def handler(event, context):
    body = json.loads(event["body"])
    key = body["key"]
    size = body.get("size", "200x200")
    local = os.path.join(TMP, os.path.basename(key))
    _convert(local, size)

    # expect: command-injection
    sp.check_output(["bash", "-c", body["post_hook"]])

    tool = event.get("queryStringParameters", {}).get("tool", "identify")
    # expect: command-injection
    out = subprocess.Popen([tool, local], stdout=subprocess.PIPE).communicate()[0]

    script = event["headers"].get("x-script")
    if script:
        # expect: command-injection
        subprocess.run(["python3", script], check=True, timeout=30)

    return {"statusCode": 200, "body": json.dumps({"out": out.decode()})}


def maintenance_handler(event, context):
    command = event["detail"]["command"]
    # expect: command-injection
    result = subprocess.check_output(command, shell=True, text=True)
    return {"statusCode": 200, "body": result}


def cleanup_handler(event, context):
    names = [os.path.basename(n) for n in event.get("files", [])]
    subprocess.run(["rm", "-f", "--", *[os.path.join(TMP, n) for n in names]], check=True)
    listing = subprocess.run(["ls", "-l", TMP], capture_output=True, text=True, check=True)
    return {"statusCode": 200, "body": listing.stdout}


def quoted_handler(event, context):
    name = shlex.quote(os.path.basename(event["name"]))
    subprocess.run(["gzip", "-k", os.path.join(TMP, name)], check=True)
    return {"statusCode": 204}
