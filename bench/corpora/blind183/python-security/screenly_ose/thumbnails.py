"""Thumbnails for the asset list, built by the Celery worker (``lib/thumbnails.py``)."""
import os
import subprocess

from celery import Celery

from lib import assets_helper, db
from settings import settings

celery = Celery("screenly", broker=os.getenv("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0"))
THUMB_DIR = os.path.join(settings["assetdir"], "thumbnails")


def schedule(asset_id: str) -> None:
    make_thumbnail.delay(asset_id)


@celery.task
def make_thumbnail(asset_id: str) -> str | None:
    with db.conn(settings["database"]) as conn:
        asset = assets_helper.read(conn, asset_id)
        if asset is None:
            return None
        os.makedirs(THUMB_DIR, exist_ok=True)
        target = os.path.join(THUMB_DIR, f"{asset_id}.jpg")
        if asset["mimetype"] == "video":
            # expect: command-injection
            os.system(f"ffmpeg -y -loglevel error -ss 2 -i '{asset['uri']}' -frames:v 1 -vf scale=320:-1 {target}")
        elif asset["mimetype"] == "image":
            subprocess.run(["convert", asset["uri"] + "[0]", "-thumbnail", "320x", target], check=False, timeout=60)
        elif asset["mimetype"] == "webpage":
            subprocess.run(["wkhtmltoimage", "--width", "1280", "--quality", "60", "--", asset["uri"], target],
                           check=False, timeout=60)
        assets_helper.set_thumbnail(conn, asset_id, target)
        return target
