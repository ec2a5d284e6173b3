"""Queue worker that makes thumbnails of uploaded images; jobs are posted by the web app
with the uploader's original filename and chosen output name."""
import json
import os
import subprocess

import redis

queue = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


def make_thumbnail(job):
    src = job["upload_path"]
    dst = job["thumb_name"]
    # expect: command-injection
    os.system("convert %s -resize 200x200 /srv/thumbs/%s" % (src, dst))


def detect_type(job):
    # expect: command-injection
    with os.popen("file --brief --mime-type /srv/uploads/" + job["original_filename"]) as pipe:
        return pipe.read().strip()


def strip_metadata(job):
    cmd = "exiftool -all= -overwrite_original /srv/uploads/" + job["original_filename"]
    run = getattr(os, "system")
    # expect: command-injection
    run(cmd)


def make_thumbnail_safe(job):
    subprocess.run(["convert", job["upload_path"], "-resize", "200x200", os.path.join("/srv/thumbs", os.path.basename(job["thumb_name"]))], check=True)


def kernel_version():
    with os.popen("uname -r") as pipe:
        return pipe.read().strip()


def work_forever():
    while True:
        _, raw = queue.blpop("thumbnails")
        job = json.loads(raw)
        make_thumbnail(job)
        os.system("sync")
