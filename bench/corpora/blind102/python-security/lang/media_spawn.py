"""Spawns helper processes for the media pipeline."""
import os
import sys

PLAYER = "/usr/bin/mpv"


def play(path):
    # expect: command-injection
    return os.spawnlp(os.P_NOWAIT, PLAYER, "mpv", path)


def transcode(job):
    argv = ["ffmpeg", "-i", job["input"], job["output"]]
    # expect: command-injection
    return os.posix_spawnp(argv[0], argv, os.environ)


def hook(script):
    # expect: command-injection
    return os.spawnv(os.P_WAIT, "/bin/sh", ["-c", script])


class Opener:
    def open(self, document):
        # expect: command-injection
        os.spawnl(os.P_NOWAIT, "/bin/bash", "bash", "-c", "xdg-open " + document)


def list_devices():
    return os.spawnlp(os.P_WAIT, "lsusb", "lsusb", "-t")


def probe():
    return os.spawnl(os.P_WAIT, "/usr/bin/ffprobe", "ffprobe", "-version")


if __name__ == "__main__":
    play(sys.argv[1])
