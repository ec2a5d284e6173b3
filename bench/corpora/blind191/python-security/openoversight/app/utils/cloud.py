"""Image storage: S3 uploads and remote image imports."""
import hashlib
import io
import ipaddress
import socket
from urllib.parse import urlparse

import boto3
import requests
from flask import current_app
from PIL import Image as Pimage

from ..models import Image, db

TRUSTED_IMAGE_HOSTS = {"upload.wikimedia.org", "pbs.twimg.com"}


def _public_host(hostname):
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(hostname))
    except (socket.gaierror, ValueError):
        return False
    return addr.is_global


def fetch_remote_image(url):
    parts = urlparse(url)
    # expect: ssrf
    response = requests.get(url, timeout=15)
    response.raise_for_status()
    ext = parts.path.rsplit(".", 1)[-1].lower() if "." in parts.path else "jpg"
    return response.content, ext


def fetch_trusted_image(url):
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in TRUSTED_IMAGE_HOSTS:
        raise ValueError("untrusted image host")
    if not _public_host(parts.hostname):
        raise ValueError("host resolves to a private address")
    response = requests.get(url, timeout=15, allow_redirects=False)
    response.raise_for_status()
    return response.content


def upload_image_to_s3_and_store_in_db(data, ext, user_id, department_id):
    digest = hashlib.sha256(data).hexdigest()
    existing = Image.query.filter_by(hash_img=digest).first()
    if existing:
        return existing
    pimage = Pimage.open(io.BytesIO(data))
    pimage.verify()
    key = f"{digest[:2]}/{digest[2:4]}/{digest}.{ext if ext in ('jpg', 'jpeg', 'png', 'gif') else 'jpg'}"
    s3 = boto3.client("s3")
    s3.upload_fileobj(io.BytesIO(data), current_app.config["S3_BUCKET_NAME"], key)
    url = f"https://{current_app.config['S3_BUCKET_NAME']}.s3.amazonaws.com/{key}"
    image = Image(filepath=url, hash_img=digest, user_id=user_id, department_id=department_id)
    db.session.add(image)
    return image
