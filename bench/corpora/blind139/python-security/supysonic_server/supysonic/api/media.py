"""Subsonic media endpoints: stream, download, radio proxy."""
import os
import shlex
import subprocess
import uuid

import requests
from flask import Response, current_app, request, send_file

from supysonic.api import api_routing
from supysonic.db import RadioStation, Track

CACHE_DIR = "/var/cache/supysonic"


@api_routing("/stream")
def stream_media():
    track = Track.get(id=uuid.UUID(request.values["id"]))
    fmt = request.values.get("format")
    time_offset = request.values.get("timeOffset", "0")
    if fmt:
        time_offset = str(int(time_offset))
        transcoder = current_app.config["TRANSCODING"].get(f"transcoder_{track.suffix()}_{fmt}", "ffmpeg")
        args = shlex.split(transcoder) + ["-ss", time_offset, "-i", track.path, "-f", fmt, "-"]
        proc = subprocess.Popen(args, stdout=subprocess.PIPE)
        return Response(proc.stdout, mimetype=f"audio/{fmt}")
    if time_offset != "0":
        # expect: command-injection
        proc = subprocess.Popen(f"ffmpeg -ss {time_offset} -i '{track.path}' -f mp3 -", shell=True, stdout=subprocess.PIPE)
        return Response(proc.stdout, mimetype="audio/mpeg")
    return send_file(track.path)


@api_routing("/getCoverArt")
def cover_art():
    cover_id = request.values["id"]
    size = request.values.get("size")
    if size:
        name = f"{uuid.UUID(cover_id)}-{int(size)}.jpg"
        return send_file(os.path.join(CACHE_DIR, "covers", name))
    # expect: path-traversal
    return send_file(os.path.join(CACHE_DIR, "covers", cover_id))


@api_routing("/radio/stream")
def radio_stream():
    station = RadioStation.get(id=uuid.UUID(request.values["id"]))
    # expect: ssrf
    upstream = requests.get(station.stream_url, stream=True, timeout=10)
    return Response(upstream.iter_content(8192), mimetype=upstream.headers.get("Content-Type", "audio/mpeg"))
