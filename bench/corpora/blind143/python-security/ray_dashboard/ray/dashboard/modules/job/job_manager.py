"""Starts a supervisor per job; the supervisor runs the entrypoint."""
import os
import signal
import subprocess
import uuid

from ray.dashboard.modules.job.packaging import download_and_unpack_package


class JobSupervisor:
    def __init__(self, submission_id, entrypoint, working_dir):
        self._submission_id = submission_id
        self._entrypoint = entrypoint
        self._working_dir = working_dir

    def run(self):
        env = dict(os.environ, RAY_JOB_SUBMISSION_ID=self._submission_id)
        # expect: command-injection
        return subprocess.Popen(self._entrypoint, shell=True, cwd=self._working_dir, env=env, start_new_session=True)


class JobManager:
    def __init__(self, gcs_address):
        self._gcs_address = gcs_address
        self._pids = {}

    async def submit_job(self, *, entrypoint, submission_id=None, runtime_env=None):
        submission_id = submission_id or f"raysubmit_{uuid.uuid4().hex[:16]}"
        working_dir = None
        if runtime_env and runtime_env.get("working_dir"):
            working_dir = download_and_unpack_package(runtime_env["working_dir"])
        proc = JobSupervisor(submission_id, entrypoint, working_dir).run()
        self._pids[submission_id] = proc.pid
        return submission_id

    def stop_job(self, submission_id):
        pid = self._pids.get(submission_id)
        if pid is None:
            return False
        os.killpg(int(pid), signal.SIGTERM)
        return True
