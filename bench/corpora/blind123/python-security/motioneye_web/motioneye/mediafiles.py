"""Media files (movies and pictures) of a camera."""
import os
import subprocess


def _target_dir(camera_config):
    return camera_config.get("target_dir", "/var/lib/motioneye")


def get_media_content(camera_config, filename):
    # expect: path-traversal
    with open(os.path.join(_target_dir(camera_config), filename), "rb") as fh:
        return fh.read()


def get_media_content_checked(camera_config, filename):
    root = os.path.realpath(_target_dir(camera_config))
    full_path = os.path.realpath(os.path.join(root, filename))
    if not full_path.startswith(root + os.sep):
        raise ValueError("outside the media dir")
    with open(full_path, "rb") as fh:
        return fh.read()


def make_movie_preview(camera_config, filename):
    full_path = os.path.join(_target_dir(camera_config), os.path.basename(filename))
    # expect: command-injection
    subprocess.run("ffmpeg -i '%s' -f mjpeg -vframes 1 -ss 5 -y '%s.thumb'" % (full_path, full_path), shell=True)
    with open(full_path + ".thumb", "rb") as fh:
        return fh.read()


def list_media(camera_config):
    out = subprocess.run(["find", _target_dir(camera_config), "-name", "*.mp4"], capture_output=True, text=True)
    return out.stdout.splitlines()
