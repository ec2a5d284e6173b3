# library: boto3 (S3 ACLs)
"""Publishes generated reports to S3."""
import boto3

s3 = boto3.client("s3")
BUCKET = "acme-reports"


def publish_report(key, body):
    s3.put_object(Bucket=BUCKET, Key=key, Body=body, ServerSideEncryption="aws:kms")


def publish_public_asset(key, body):
    # expect: public-resource
    s3.put_object(Bucket=BUCKET, Key=key, Body=body, ACL="public-read")


def share_link(key):
    return s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=3600)


def open_bucket(bucket):
    # expect: public-resource
    s3.put_bucket_acl(Bucket=bucket, ACL="public-read-write")


def upload_logo(path):
    # expect: public-resource
    s3.upload_file(path, BUCKET, "brand/logo.png", ExtraArgs={"ACL": "public-read", "ContentType": "image/png"})


def upload_private(path, key):
    s3.upload_file(path, BUCKET, key, ExtraArgs={"ACL": "private", "ServerSideEncryption": "AES256"})
