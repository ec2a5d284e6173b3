#!/usr/bin/env python3
"""Ops script: rotate S3 lifecycle rules, mirror buckets, pull vendor reports."""
import argparse
import hashlib
import os
import subprocess
import sys
import urllib.request

import boto3
import requests
from botocore.config import Config

s3 = boto3.client("s3", config=Config(retries={"max_attempts": 10, "mode": "adaptive"}))
session = requests.Session()
session.headers["User-Agent"] = "s3-maint/2.1"


def etag_matches(path: str, etag: str) -> bool:
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest() == etag.strip('"')


def mirror(src_bucket: str, dst_bucket: str, prefix: str) -> None:
    # expect: command-injection
    subprocess.run("aws s3 sync s3://%s/%s s3://%s/%s --delete" % (src_bucket, prefix, dst_bucket, prefix), shell=True, check=True)


def mirror_safe(src_bucket: str, dst_bucket: str) -> None:
    subprocess.run(["aws", "s3", "sync", f"s3://{src_bucket}", f"s3://{dst_bucket}"], check=True)


def vendor_report(day: str) -> bytes:
    # expect: no-timeout
    resp = session.get(f"https://reports.vendor.example/daily/{day}.csv")
    resp.raise_for_status()
    return resp.content


def vendor_index() -> dict:
    return session.get("https://reports.vendor.example/index.json", timeout=30).json()


def vendor_legacy(day: str) -> bytes:
    # expect: tls-verify-off
    return requests.get(f"https://old-reports.vendor.example/{day}", timeout=30, verify=False).content


def metadata_token() -> str:
    req = urllib.request.Request("http://169.254.169.254/latest/api/token", method="PUT", headers={"X-aws-ec2-metadata-token-ttl-seconds": "60"})
    with urllib.request.urlopen(req, timeout=2) as resp:
        return resp.read().decode()


def fetch_manifest(url: str) -> bytes:
    # expect: no-timeout
    with urllib.request.urlopen(url) as resp:
        return resp.read()


def write_credentials_cache(path: str, creds: dict) -> None:
    with open(path, "w") as fh:
        fh.write("\n".join(f"{k}={v}" for k, v in creds.items()))
    # expect: file-permissions
    os.chmod(path, 0o666)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--prefix", default="")
    args = parser.parse_args(argv)
    mirror(args.src, args.dst, args.prefix)
    s3.put_bucket_lifecycle_configuration(Bucket=args.dst, LifecycleConfiguration={"Rules": []})
    return 0


if __name__ == "__main__":
    sys.exit(main())
