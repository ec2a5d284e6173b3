"""S3 access for the export job."""
import os

import boto3

# expect: hardcoded-secret
s3 = boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")


def archive_session():
    return boto3.session.Session(
        # expect: hardcoded-secret
        aws_access_key_id="AKIAI44QH8DHBEXAMPLE",
        # expect: hardcoded-secret
        aws_secret_access_key="je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        region_name="eu-west-1",
    )


def env_client():
    return boto3.client(
        "s3",
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    )


def default_client():
    return boto3.client("s3")
