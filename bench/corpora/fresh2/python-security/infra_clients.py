"""Infrastructure helpers: storage, containers, web app bootstrap."""
import json
import logging
import os

import boto3
import docker
import uvicorn
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

log = logging.getLogger(__name__)
s3 = boto3.client("s3")
s3_resource = boto3.resource("s3")


def publish_report(bucket, key, body):
    # expect: insecure-setting
    s3.put_object(Bucket=bucket, Key=key, Body=body, ACL="public-read")


def store_private(bucket, key, body):
    s3.put_object(Bucket=bucket, Key=key, Body=body, ServerSideEncryption="aws:kms")


def open_bucket(bucket):
    # expect: insecure-setting
    s3.put_bucket_acl(Bucket=bucket, ACL="public-read-write")


def upload_asset(path, bucket):
    # expect: insecure-setting
    s3_resource.Bucket(bucket).upload_file(path, os.path.basename(path), ExtraArgs={"ACL": "public-read"})


def upload_private(path, bucket):
    s3_resource.Bucket(bucket).upload_file(path, os.path.basename(path), ExtraArgs={"ContentType": "text/csv"})


def share_link(bucket, key):
    return s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=900)


def run_build(image, workdir):
    client = docker.from_env()
    # expect: insecure-setting
    return client.containers.run(image, "make", privileged=True, volumes={workdir: {"bind": "/src", "mode": "rw"}})


def run_sandboxed(image):
    client = docker.from_env()
    return client.containers.run(image, "make test", network_disabled=True, mem_limit="512m", read_only=True)


def mount_host_docker(image):
    client = docker.from_env()
    # expect: insecure-setting
    return client.containers.run(image, volumes={"/var/run/docker.sock": {"bind": "/var/run/docker.sock", "mode": "rw"}})


app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    # expect: insecure-setting
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
)

public_app = FastAPI()
public_app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])


def handler(event, context):
    # expect: insecure-setting
    log.info("received event %s", json.dumps(event))
    body = json.loads(event.get("body") or "{}")
    return {"statusCode": 200, "body": json.dumps({"items": len(body.get("items", []))})}


def handler_quiet(event, context):
    log.info("received request %s", context.aws_request_id)
    return {"statusCode": 204}


if __name__ == "__main__":
    # expect: bind-all
    uvicorn.run(app, host="0.0.0.0", port=8000)
