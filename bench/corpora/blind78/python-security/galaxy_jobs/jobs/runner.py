"""A local job runner: writes a job script and runs it in its working directory."""
import logging
import os
import subprocess
import tempfile
import uuid

log = logging.getLogger(__name__)

JOB_WORKING_DIR = os.environ.get("GALAXY_JOB_DIR", "/srv/galaxy/database/jobs")


class LocalJobRunner:
    def __init__(self, working_root: str = JOB_WORKING_DIR):
        self.working_root = working_root

    def queue_job(self, command_line: str, history_id: str) -> str:
        job_id = uuid.uuid4().hex
        working_dir = os.path.join(self.working_root, job_id)
        os.makedirs(working_dir, exist_ok=True)
        log.debug("(%s) queued in %s", job_id, working_dir)
        with open(os.path.join(working_dir, "stdout"), "wb") as stdout, open(os.path.join(working_dir, "stderr"), "wb") as stderr:
            # expect: command-injection
            proc = subprocess.Popen(command_line, shell=True, cwd=working_dir, stdout=stdout, stderr=stderr, env={"PATH": "/usr/bin:/bin"})
        log.info("(%s) started as pid %d", job_id, proc.pid)
        return job_id

    def kill_job(self, pid: int) -> None:
        subprocess.run(["kill", "-TERM", str(int(pid))], check=False)

    def stage_file(self, data: bytes) -> str:
        fd, path = tempfile.mkstemp(dir=self.working_root, suffix=".dat")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return path
