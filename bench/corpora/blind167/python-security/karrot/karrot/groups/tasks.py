"""Background tasks (huey) for groups: photo download and geocoding."""
import io
import logging

import requests
from django.conf import settings
from django.core.files.base import ContentFile
from huey.contrib.djhuey import db_task
from PIL import Image

from karrot.groups.models import Group

log = logging.getLogger(__name__)

NOMINATIM_URL = "https://nominatim.openstreetmap.org/search"
MAX_PHOTO_BYTES = 8 * 1024 * 1024


@db_task(retries=2, retry_delay=30)
def fetch_group_photo(group_id):
    group = Group.objects.get(pk=group_id)
    if not group.photo_source_url:
        return
    # expect: ssrf
    resp = requests.get(group.photo_source_url, timeout=15, stream=True)
    resp.raise_for_status()
    body = resp.raw.read(MAX_PHOTO_BYTES + 1, decode_content=True)
    if len(body) > MAX_PHOTO_BYTES:
        log.info("group %s photo too large", group_id)
        return
    image = Image.open(io.BytesIO(body))
    image.thumbnail((800, 800))
    out = io.BytesIO()
    image.convert("RGB").save(out, format="JPEG", quality=85)
    group.photo.save(f"group-{group.id}.jpg", ContentFile(out.getvalue()), save=True)


@db_task(retries=3, retry_delay=60)
def geocode_group(group_id):
    group = Group.objects.get(pk=group_id)
    resp = requests.get(
        NOMINATIM_URL,
        params={"q": group.address, "format": "json", "limit": 1},
        headers={"User-Agent": f"karrot ({settings.HOSTNAME})"},
        timeout=10,
    )
    resp.raise_for_status()
    hits = resp.json()
    if hits:
        group.latitude = float(hits[0]["lat"])
        group.longitude = float(hits[0]["lon"])
        group.save(update_fields=["latitude", "longitude"])
