import os
import queue
import subprocess
import threading

from .const import EXPORT_DIR, RECORD_DIR

PLAYBACK_ARGS = {"realtime": ["-c", "copy"], "timelapse_25x": ["-vf", "setpts=0.04*PTS", "-r", "30"]}


def snapshot_from_recording(path, offset, height):
    argv = ["ffmpeg", "-hide_banner", "-ss", str(float(offset)), "-i", path, "-frames:v", "1",
            "-vf", f"scale=-1:{int(height)}", "-f", "singlejpeg", "-"]
    return subprocess.run(argv, capture_output=True, timeout=20).stdout


class FfmpegExporter:
    def __init__(self):
        self.jobs = queue.Queue()
        threading.Thread(target=self._run, daemon=True).start()

    def queue(self, camera, start, end, name, playback, extra):
        self.jobs.put({"camera": camera, "start": start, "end": end, "name": name, "playback": playback})

    def _run(self):
        while True:
            job = self.jobs.get()
            self.export(job)

    def export(self, job):
        playlist = f"http://127.0.0.1:5000/vod/{job['camera']}/start/{job['start']}/end/{job['end']}/index.m3u8"
        out = os.path.join(EXPORT_DIR, job["name"] + ".mp4")
        args = " ".join(PLAYBACK_ARGS.get(job["playback"], PLAYBACK_ARGS["realtime"]))
        # expect: command-injection
        subprocess.run(f"ffmpeg -hide_banner -y -protocol_whitelist pipe,file,http,tcp -i {playlist} {args} {out}", shell=True)

    def cleanup(self, camera):
        subprocess.run(["find", os.path.join(RECORD_DIR, camera), "-mtime", "+30", "-delete"], check=False)
