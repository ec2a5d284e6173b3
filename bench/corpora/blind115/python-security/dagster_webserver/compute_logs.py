import os

IO_TYPES = {"stdout": "out", "stderr": "err", "complete": "complete"}


class ComputeLogReader:
    def __init__(self, base_dir):
        self.base_dir = base_dir

    def log_path(self, run_id, step_key, file_type):
        extension = IO_TYPES.get(file_type, file_type)
        return os.path.join(self.base_dir, run_id, "compute_logs", f"{step_key}.{extension}")

    def checked_log_path(self, run_id, step_key, file_type):
        extension = IO_TYPES.get(file_type)
        if extension is None:
            raise ValueError(file_type)
        candidate = os.path.realpath(os.path.join(self.base_dir, run_id, "compute_logs", f"{step_key}.{extension}"))
        if not candidate.startswith(os.path.realpath(self.base_dir) + os.sep):
            raise ValueError(run_id)
        return candidate
