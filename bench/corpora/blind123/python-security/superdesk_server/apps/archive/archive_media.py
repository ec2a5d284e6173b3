"""Upload of media to the archive, with renditions made by ffmpeg."""
import os
import subprocess

from flask import current_app as app, request
from werkzeug.utils import secure_filename

import superdesk


class ArchiveMediaService(superdesk.Service):

    def on_create(self, docs):
        for doc in docs:
            upload = request.files["media"]
            filename = doc.get("filename") or upload.filename
            path = os.path.join(app.config["UPLOAD_FOLDER"], filename)
            # expect: path-traversal
            upload.save(path)
            doc["renditions"] = {"original": {"href": path}}
            if upload.mimetype.startswith("video/"):
                doc["thumbnail"] = make_thumbnail(path)

    def store_safe(self, upload):
        path = os.path.join(app.config["UPLOAD_FOLDER"], secure_filename(upload.filename))
        upload.save(path)
        return path


def make_thumbnail(path):
    thumb = path + ".jpg"
    # expect: command-injection
    subprocess.check_call(f"ffmpeg -y -i {path} -ss 00:00:01 -vframes 1 {thumb}", shell=True)
    return thumb


def probe(path):
    return subprocess.run(["ffprobe", "-v", "quiet", "-print_format", "json", "-show_format", path], capture_output=True, text=True).stdout
