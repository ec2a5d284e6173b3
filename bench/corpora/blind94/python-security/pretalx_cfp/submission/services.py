import ipaddress
import os
import socket
from urllib.parse import urlparse

import requests
from django.db import connection
from django.utils.text import get_valid_filename

from pretalx_cfp.submission.models import Submission

RESOURCE_ROOT = "/srv/pretalx/media/resources"


def create_submission(event, user, data, track_name):
    submission = Submission.objects.create(event=event, title=data["title"], abstract=data["abstract"])
    if data.get("resource_name"):
        name = data["resource_name"]
        # expect: path-traversal
        open(os.path.join(RESOURCE_ROOT, event.slug, name), "ab").close()
        safe_name = get_valid_filename(os.path.basename(name))
        open(os.path.join(RESOURCE_ROOT, event.slug, safe_name), "ab").close()
    if data.get("avatar_url"):
        store_avatar(user, data["avatar_url"])
    if track_name:
        assign_track(submission, track_name)
    return submission


def store_avatar(user, url):
    # expect: ssrf
    response = requests.get(url, timeout=5)
    user.avatar_blob = response.content
    user.save()


def store_gravatar(user, url):
    host = urlparse(url).hostname or ""
    if host != "www.gravatar.com":
        return
    address = ipaddress.ip_address(socket.gethostbyname(host))
    if address.is_global:
        user.avatar_blob = requests.get(url, timeout=5).content
        user.save()


def assign_track(submission, track_name):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE submission SET track_id = (SELECT id FROM track WHERE name = %s AND event_id = %s) WHERE id = %s", [track_name, submission.event_id, submission.pk])
