"""Builds nightly CSV/JSON reports and hands them to external tools."""
import json
import subprocess
import tempfile

import boto3

s3 = boto3.client("s3")
BUCKET = "nightly-reports"


def compress_report(csv_text):
    with tempfile.NamedTemporaryFile("w", suffix=".csv") as tmp:
        tmp.write(csv_text)
        # expect: tempfile-without-flush
        subprocess.run(["gzip", "-k", "-f", tmp.name], check=True)
        return tmp.name + ".gz"


def upload_summary(summary, key):
    with tempfile.NamedTemporaryFile("w", suffix=".json") as tmp:
        json.dump(summary, tmp)
        # expect: tempfile-without-flush
        s3.upload_file(tmp.name, BUCKET, key)


def validate_schema(document):
    tmp = tempfile.NamedTemporaryFile("w", suffix=".json")
    tmp.write(json.dumps(document))
    # expect: tempfile-without-flush
    result = subprocess.run(["check-jsonschema", "--schemafile", "schema.json", tmp.name], capture_output=True)
    tmp.close()
    return result.returncode == 0


def compress_report_flushed(csv_text):
    with tempfile.NamedTemporaryFile("w", suffix=".csv") as tmp:
        tmp.write(csv_text)
        tmp.flush()
        subprocess.run(["gzip", "-k", "-f", tmp.name], check=True)
        return tmp.name + ".gz"


def upload_summary_closed(summary, key):
    tmp = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    json.dump(summary, tmp)
    tmp.close()
    s3.upload_file(tmp.name, BUCKET, key)
    return tmp.name


def upload_summary_dumped(summary, key):
    with tempfile.NamedTemporaryFile("w", suffix=".json") as tmp:
        json.dump(summary, tmp)
        tmp.flush()
        s3.upload_file(tmp.name, BUCKET, key)
