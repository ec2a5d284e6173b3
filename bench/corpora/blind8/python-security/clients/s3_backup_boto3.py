# library: boto3
"""Uploads nightly database dumps to S3."""
import logging
import os

import boto3
from botocore.config import Config

log = logging.getLogger(__name__)

BUCKET = os.environ.get("BACKUP_BUCKET", "acme-db-backups")


def legacy_client():
    return boto3.client(
        "s3",
        region_name="eu-west-1",
        # expect: hardcoded-secret
        aws_access_key_id="AKIA4QZB7RWMXN2KD5TL",
        # expect: hardcoded-secret
        aws_secret_access_key="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",
    )


def client():
    return boto3.client("s3", config=Config(retries={"max_attempts": 5}))


def profile_client(profile: str):
    return boto3.Session(profile_name=profile).client("s3")


def upload_dump(path: str, key: str) -> None:
    client().upload_file(path, BUCKET, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    log.info("uploaded %s to s3://%s/%s", path, BUCKET, key)


def publish_report(path: str, key: str) -> None:
    # expect: public-resource
    client().upload_file(path, "acme-public-reports", key, ExtraArgs={"ACL": "public-read"})


def share_link(key: str) -> str:
    return client().generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=900)
