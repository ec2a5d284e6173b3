import os
import subprocess

from celery import shared_task

from .models import Bookmark

ASSETS_DIR = "/etc/linkding/data/assets"
FAVICON_SERVICE = "https://t1.gstatic.com/faviconV2?client=SOCIAL&type=FAVICON&url={url}"


@shared_task
def load_favicon(bookmark_id):
    import requests
    from urllib.parse import quote

    bookmark = Bookmark.objects.get(pk=bookmark_id)
    resp = requests.get(FAVICON_SERVICE.format(url=quote(bookmark.url, safe="")), timeout=10)
    name = "%d.png" % bookmark.id
    with open(os.path.join(ASSETS_DIR, "favicons", name), "wb") as fp:
        fp.write(resp.content)


@shared_task
def create_web_archive_snapshot(bookmark_id):
    bookmark = Bookmark.objects.get(pk=bookmark_id)
    target = os.path.join(ASSETS_DIR, "snapshots", "%d.html.gz" % bookmark.id)
    # expect: command-injection
    subprocess.run(f"single-file '{bookmark.url}' --dump-content | gzip > {target}", shell=True, timeout=120)
