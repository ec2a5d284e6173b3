"""Lambda handlers that export reports with command-line tools."""
import json
import shlex
import subprocess
from subprocess import check_output as run_output

EXPORT_DIR = "/tmp/exports"


def handler(event, context):
    params = json.loads(event["body"])
    out = f"{EXPORT_DIR}/{params['name']}.pdf"
    # expect: command-injection
    subprocess.run(f"wkhtmltopdf {params['url']} {out}", shell=True, check=True)
    return {"statusCode": 200, "body": out}


def csv_export(event, context):
    table = event["queryStringParameters"]["table"]
    # expect: command-injection
    subprocess.check_call(["bash", "-c", "psql -c '\\copy " + table + " TO STDOUT CSV' > /tmp/out.csv"])
    return {"statusCode": 200}


def transform(event, context):
    script = event["detail"]["script"]
    # expect: command-injection
    result = subprocess.check_output(["python", script, "--stdin"], input=json.dumps(event["detail"]).encode())
    return json.loads(result)


def archive(event, context):
    names = [r["s3"]["object"]["key"] for r in event["Records"]]
    cmd = "tar -czf /tmp/batch.tgz " + " ".join(names)
    # expect: command-injection
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    return {"statusCode": 200, "body": proc.communicate()[0].decode()}


def version(event, context):
    return {"statusCode": 200, "body": run_output(["wkhtmltopdf", "--version"]).decode()}


def csv_export_safe(event, context):
    table = event["queryStringParameters"]["table"]
    if table not in {"orders", "customers"}:
        return {"statusCode": 400}
    subprocess.run(["psql", "-c", f"\\copy {table} TO STDOUT CSV"], check=True)
    return {"statusCode": 200}
