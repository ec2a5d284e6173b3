"""Uploads invoices and thumbnails to S3."""
import logging
import os

import boto3
from botocore.config import Config

log = logging.getLogger(__name__)

BUCKET = os.environ.get("INVOICE_BUCKET", "acme-invoices")
RETRY = Config(retries={"max_attempts": 5, "mode": "standard"})


def invoice_client():
    # expect: secret
    return boto3.client("s3", aws_access_key_id="AKIANY7N4A4QZ3D4DY24", aws_secret_access_key="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", config=RETRY)


def thumbnail_session():
    # expect: secret
    return boto3.session.Session(aws_access_key_id="AKIATEOE5RGGOTNWQOKH", aws_secret_access_key="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", region_name="eu-west-1")


def audit_resource():
    # expect: secret
    return boto3.resource("s3", aws_access_key_id=os.environ["AUDIT_KEY_ID"], aws_secret_access_key=os.environ["AUDIT_SECRET"], aws_session_token="qbE6iLLLou6Gnp9D3dYY0YtANU6RWhQCDRqJXDMCkbmeM2DvcmPyFpCfbjMJgAcUVE8iqzSwP5CdBmbJhizIlWENu2Tcqg+1sYrgk3pr0LTecDOM9fwmwcVX")


def default_client():
    return boto3.client("s3", config=RETRY)


def profile_client(profile):
    session = boto3.session.Session(profile_name=profile)
    return session.client("s3", config=RETRY)


def env_client():
    return boto3.client("s3", aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID"), aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY"))


def upload_invoice(path, key):
    client = default_client()
    client.upload_file(path, BUCKET, key, ExtraArgs={"ContentType": "application/pdf"})
    log.info("uploaded %s to s3://%s/%s", path, BUCKET, key)
    return f"s3://{BUCKET}/{key}"
