import os

import requests
from django.conf import settings

GCS_UPLOAD = "https://storage.googleapis.com/upload/storage/v1/b/{bucket}/o"


def upload_chunk(repo, chunk, hash_checksum):
    if repo.type == "gcp_cloud_storage":
        url = GCS_UPLOAD.format(bucket=settings.GCS_BUCKET)
        return requests.post(url, params={"name": hash_checksum}, data=chunk, timeout=30).status_code
    # expect: ssrf
    return requests.put(f"{repo.data['endpoint_url']}/{repo.data['bucket']}/{hash_checksum}", data=chunk, timeout=30).status_code


def read_local_chunk(hash_checksum):
    # expect: path-traversal
    with open(os.path.join(settings.FILESERVER_ROOT, hash_checksum), "rb") as fh:
        return fh.read().hex()
