"""Lambda that turns an HTML report into a PDF with wkhtmltopdf (container image)."""
import json
import os

import boto3

s3 = boto3.client("s3")
OUT_BUCKET = os.environ["REPORT_BUCKET"]
WKHTML = "/opt/bin/wkhtmltopdf"


def _render(url, out_path, event):
    orientation = event.get("orientation", "Portrait")
    # expect: command-injection
    return os.spawnlp(os.P_WAIT, "sh", "sh", "-c", f"{WKHTML} -O {orientation} {url} {out_path}")


def _compress(out_path, event):
    level = event.get("quality", "ebook")
    # expect: command-injection
    return os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "gs -sDEVICE=pdfwrite -dPDFSETTINGS=/" + level + " -o /tmp/small.pdf " + out_path])


def _post_process(event):
    # expect: command-injection
    return os.spawnvp(os.P_WAIT, event["postprocessor"], [event["postprocessor"], "/tmp/report.pdf"])


def lambda_handler(event, context):
    body = json.loads(event["body"]) if "body" in event else event
    out_path = "/tmp/report.pdf"
    rc = os.spawnv(os.P_WAIT, WKHTML, [WKHTML, "--quiet", "https://reports.internal.example/render/latest", out_path])
    if body.get("url"):
        rc = _render(body["url"], out_path, body)
    if rc != 0:
        return {"statusCode": 500, "body": json.dumps({"error": "render failed"})}
    if body.get("compress"):
        _compress(out_path, body)
    if body.get("postprocessor"):
        _post_process(body)
    os.spawnl(os.P_WAIT, "/usr/bin/pdfinfo", "pdfinfo", out_path)
    key = f"reports/{context.aws_request_id}.pdf"
    s3.upload_file(out_path, OUT_BUCKET, key)
    return {"statusCode": 200, "body": json.dumps({"key": key})}
