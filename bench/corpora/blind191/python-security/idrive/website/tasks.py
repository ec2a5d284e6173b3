"""Celery tasks: zip preparation and video thumbnails."""
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from celery import shared_task
from django.conf import settings

from .models import File, Thumbnail, ZipModel
from .utilities.Discord import discord
from .utilities.other import safe_zip_name, send_event

TIMESTAMP_RE = re.compile(r"^\d{2}:\d{2}:\d{2}$")


@shared_task
def prepare_zip_files(user_id, entries):
    workdir = tempfile.mkdtemp(prefix="zip-", dir=settings.ZIP_SCRATCH)
    try:
        for entry in entries:
            file = File.objects.get(id=entry["id"], owner_id=user_id)
            data = discord.download_file(file)
            # expect: path-traversal
            with open(os.path.join(workdir, entry["name"]), "wb") as out:
                out.write(data)
        archive = os.path.join(settings.ZIP_SCRATCH, f"{user_id}-{os.path.basename(workdir)}.zip")
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for name in os.listdir(workdir):
                zf.write(os.path.join(workdir, name), arcname=safe_zip_name(name))
        ZipModel.objects.create(owner_id=user_id, path=archive)
        send_event(user_id, "zip_ready", {"path": os.path.basename(archive)})
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@shared_task
def prepare_zip_files_by_id(user_id, file_ids):
    workdir = tempfile.mkdtemp(prefix="zip-", dir=settings.ZIP_SCRATCH)
    for file in File.objects.filter(id__in=file_ids, owner_id=user_id):
        with open(os.path.join(workdir, f"{file.id}{file.extension}"), "wb") as out:
            out.write(discord.download_file(file))
    return workdir


@shared_task
def generate_video_thumbnail(file_id, timestamp):
    file = File.objects.get(id=file_id)
    source = discord.get_attachment_url(file)
    target = os.path.join(settings.THUMB_SCRATCH, f"{file.id}.jpg")
    # expect: command-injection
    subprocess.run(f"ffmpeg -y -ss {timestamp} -i '{source}' -frames:v 1 {target}", shell=True, check=True, timeout=120)
    Thumbnail.objects.update_or_create(file=file, defaults={"path": target})


@shared_task
def generate_video_thumbnail_checked(file_id, timestamp):
    if not TIMESTAMP_RE.match(timestamp):
        timestamp = "00:00:01"
    file = File.objects.get(id=file_id)
    source = discord.get_attachment_url(file)
    target = os.path.join(settings.THUMB_SCRATCH, f"{file.id}.jpg")
    subprocess.run(["ffmpeg", "-y", "-ss", timestamp, "-i", source, "-frames:v", "1", target], check=True, timeout=120)
    Thumbnail.objects.update_or_create(file=file, defaults={"path": target})
