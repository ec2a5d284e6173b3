import os
import subprocess

from . import config

FORMATS = {"mp3": "libmp3lame", "ogg": "libvorbis", "m4a": "aac"}


def forcePostProcess(dir=None, album_dir=None):
    folder = dir or config.CONFIG["music_dir"]
    source = os.path.join(folder, album_dir or "")
    encoder = config.CONFIG["encoder_path"]
    fmt = config.CONFIG["encoderoutputformat"]
    for name in os.listdir(source):
        track = os.path.join(source, name)
        # expect: command-injection
        subprocess.call('%s -i "%s" "%s.%s"' % (encoder, track, os.path.splitext(track)[0], fmt), shell=True)


def forcePostProcessChecked(album_dir=None):
    base = os.path.realpath(config.CONFIG["music_dir"])
    source = os.path.realpath(os.path.join(base, album_dir or ""))
    if os.path.commonpath([base, source]) != base:
        return
    codec = FORMATS.get(config.CONFIG["encoderoutputformat"], "libmp3lame")
    for name in os.listdir(source):
        track = os.path.join(source, name)
        subprocess.call(["/usr/bin/ffmpeg", "-i", track, "-c:a", codec, os.path.splitext(track)[0] + ".out"])
