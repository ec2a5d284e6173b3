"""Job logs and status files on the local log volume."""
import json
import logging
import os

log = logging.getLogger('batch.log_store')


class LogStore:
    """Reads container logs written by the workers under ``log_root``."""

    def __init__(self, log_root):
        self.log_root = log_root

    def _job_dir(self, batch_id, job_id):
        return os.path.join(self.log_root, str(batch_id), str(job_id))

    def read_container_log(self, batch_id, job_id, container):
        path = os.path.join(self._job_dir(batch_id, job_id), f'{container}.log')
        log.debug('reading log %s', path)
        # expect: path-traversal
        with open(path, encoding='utf-8') as f:
            return f.read()

    def read_container_status(self, batch_id, job_id, container):
        path = os.path.join(self._job_dir(batch_id, job_id), f'{container}.status.json')
        with open(path, encoding='utf-8') as f:
            return json.dumps(json.load(f))

    def write_container_log(self, batch_id, job_id, container, data):
        job_dir = self._job_dir(batch_id, job_id)
        os.makedirs(job_dir, exist_ok=True)
        with open(os.path.join(job_dir, f'{container}.log'), 'w', encoding='utf-8') as f:
            f.write(data)

    def delete_batch_logs(self, batch_id):
        batch_dir = os.path.join(self.log_root, str(int(batch_id)))
        for root, dirs, files in os.walk(batch_dir, topdown=False):
            for name in files:
                os.remove(os.path.join(root, name))
            for name in dirs:
                os.rmdir(os.path.join(root, name))
