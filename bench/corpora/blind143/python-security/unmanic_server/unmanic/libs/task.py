"""Tasks stored in sqlite and read back by the workers."""
import shlex
import subprocess

from unmanic.libs.unmodels import Tasks


class TaskHandler:
    def create_task(self, abspath, library_id=1, priority=100):
        task = Tasks.create(abspath=abspath, library_id=library_id, priority=priority, status="pending")
        return task.id


class Worker:
    def __init__(self, cache_dir):
        self.cache_dir = cache_dir

    def run_next(self):
        task = Tasks.select().where(Tasks.status == "pending").order_by(Tasks.priority.desc()).first()
        if task is None:
            return None
        out = f"{self.cache_dir}/{task.id}.mkv"
        # expect: command-injection
        proc = subprocess.Popen(f"ffmpeg -hide_banner -i '{task.abspath}' -c:v libx265 {out}", shell=True)
        return proc.wait()

    def probe(self, task):
        return subprocess.run(["ffprobe", "-v", "quiet", "-show_format", task.abspath], capture_output=True, timeout=60)

    def probe_quoted(self, task):
        return subprocess.run(f"ffprobe -v quiet -show_streams {shlex.quote(task.abspath)}", shell=True, timeout=60)
