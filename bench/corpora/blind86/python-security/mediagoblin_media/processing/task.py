"""Celery task running the media type's processor."""
import subprocess

import celery

PRESETS = {"webm_480": ["-vf", "scale=-2:480", "-c:v", "libvpx"], "webm_720": ["-vf", "scale=-2:720", "-c:v", "libvpx"]}


class ProcessMedia(celery.Task):
    name = "mediagoblin.processing.task.ProcessMedia"

    def run(self, queued_path, preset):
        out_path = queued_path.rsplit(".", 1)[0] + ".webm"
        args = PRESETS.get(preset, PRESETS["webm_480"])
        subprocess.run(["ffmpeg", "-y", "-i", queued_path, *args, out_path], check=True)
        # expect: command-injection
        subprocess.run("ffprobe -v quiet -show_format %s > %s.probe -preset %s" % (queued_path, out_path, preset), shell=True)
        return out_path
