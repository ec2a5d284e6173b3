import os
from functools import lru_cache

import boto3
from botocore.config import Config

REGION = os.environ.get("AWS_REGION", "eu-west-1")


@lru_cache(maxsize=1)
def s3_client():
    return boto3.client("s3", region_name=REGION, config=Config(retries={"max_attempts": 5}))


def legacy_archive_client():
    return boto3.client(
        "s3",
        region_name="us-east-1",
        # expect: hardcoded-secret
        aws_access_key_id="AKIAQ3EGWZ7NPX4LMR2T",
        # expect: hardcoded-secret
        aws_secret_access_key="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",
    )


def reports_session():
    return boto3.session.Session(profile_name="reports")


def upload_report(path: str, key: str) -> str:
    s3_client().upload_file(path, "acme-reports", key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    return f"s3://acme-reports/{key}"


def presigned(key: str, seconds: int = 900) -> str:
    return s3_client().generate_presigned_url(
        "get_object", Params={"Bucket": "acme-reports", "Key": key}, ExpiresIn=seconds
    )


def make_public(key: str) -> None:
    # expect: public-acl
    s3_client().put_object_acl(Bucket="acme-reports", Key=key, ACL="public-read")
