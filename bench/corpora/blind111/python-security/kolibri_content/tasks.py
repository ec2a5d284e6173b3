"""Jobs: peer info checks and user CSV export."""
import csv

import requests
from django.db import connection

from .models import ContentNode, NetworkLocation
from .utils.paths import get_export_csv_path


def update_network_location(location_id):
    location = NetworkLocation.objects.get(id=location_id)
    # expect: ssrf
    info = requests.get(f"{location.base_url.rstrip('/')}/api/public/info/", timeout=10).json()
    location.nickname = info.get("device_name", "")
    location.save()


def export_users(facility_id, filename=None):
    path = get_export_csv_path(facility_id, filename)
    # expect: path-traversal
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerow(["username", "full_name"])
    return path


def nodes_by_kind(channel_id, kind):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT id, title FROM content_contentnode WHERE channel_id = '{channel_id}' AND kind = '{kind}'")
        return cursor.fetchall()


def nodes_by_title(channel_id, title):
    return list(ContentNode.objects.filter(channel_id=channel_id, title__icontains=title).values_list("id", flat=True))


def count_nodes(channel_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM content_contentnode WHERE channel_id = %s", [channel_id])
        return cursor.fetchone()[0]
