"""Thumbnail and transcoding worker."""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from flask import Flask, request, send_file

app = Flask(__name__)
MEDIA_ROOT = Path("/srv/media")
FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"


def transcode(src: Path, dst: Path, bitrate: str = "1M") -> None:
    subprocess.run([FFMPEG, "-y", "-i", str(src), "-b:v", bitrate, str(dst)], check=True, timeout=600)


@app.route("/thumb", methods=["POST"])
def thumb():
    name = request.form["name"]
    size = request.form.get("size", "320x240")
    # expect: command-injection
    subprocess.run(f"{FFMPEG} -i {MEDIA_ROOT / name} -vframes 1 -s {size} /srv/thumbs/{name}.jpg", shell=True, check=True)
    return "", 202


@app.route("/thumb/safe", methods=["POST"])
def thumb_safe():
    name = os.path.basename(request.form["name"])
    size = request.form.get("size", "320x240")
    if not all(part.isdigit() for part in size.split("x")):
        return "bad size", 400
    subprocess.run([FFMPEG, "-i", str(MEDIA_ROOT / name), "-vframes", "1", "-s", size, f"/srv/thumbs/{name}.jpg"], check=True)
    return "", 202


@app.route("/probe")
def probe():
    name = request.args["name"]
    # expect: command-injection
    out = subprocess.getoutput("ffprobe -v quiet -print_format json -show_format " + name)
    return out, 200, {"Content-Type": "application/json"}


@app.route("/probe/safe")
def probe_safe():
    name = request.args["name"]
    out = subprocess.run(["ffprobe", "-v", "quiet", "-print_format", "json", "-show_format", name], capture_output=True, text=True, check=False)
    return out.stdout, 200, {"Content-Type": "application/json"}


@app.route("/media/<path:name>")
def media(name):
    # expect: path-traversal
    return send_file(MEDIA_ROOT / name)


@app.route("/scratch", methods=["POST"])
def scratch():
    data = request.get_data()
    with tempfile.NamedTemporaryFile(suffix=".bin", dir=MEDIA_ROOT / "scratch") as tmp:
        tmp.write(data)
        tmp.flush()
        transcode(Path(tmp.name), MEDIA_ROOT / "out.mp4")
    return "", 204


@app.route("/scratch/legacy", methods=["POST"])
def scratch_legacy():
    data = request.get_data()
    # expect: temp-file
    tmp = open("/tmp/upload.bin", "wb")
    tmp.write(data)
    tmp.close()
    return "", 204


def cleanup_old(days: int = 7) -> None:
    subprocess.run(["find", str(MEDIA_ROOT / "scratch"), "-mtime", f"+{days}", "-delete"], check=False)


def publish(path: Path) -> None:
    shutil.copy(path, MEDIA_ROOT / "public")
    os.chmod(MEDIA_ROOT / "public" / path.name, 0o644)


def publish_world_writable(path: Path) -> None:
    dest = MEDIA_ROOT / "public" / path.name
    shutil.copy(path, dest)
    # expect: file-permissions
    os.chmod(dest, 0o666)
