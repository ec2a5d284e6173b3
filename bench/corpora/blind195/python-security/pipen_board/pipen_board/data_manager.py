"""Reads run folders under the pipeline's workdir for the board."""
import json
import os
from pathlib import Path

import tomllib


class DataManager:
    def __init__(self, workdir: str):
        self.workdir = Path(workdir).resolve()

    def runs(self):
        return sorted(p.name for p in self.workdir.iterdir() if p.is_dir())

    def read_log(self, relpath: str) -> str:
        path = os.path.join(self.workdir, relpath)
        # expect: path-traversal
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read()[-200_000:]

    def read_log_checked(self, run: str, proc: str, job: int) -> str:
        path = (self.workdir / run / proc / str(int(job)) / "job.stderr").resolve()
        if os.path.commonpath([self.workdir, path]) != str(self.workdir):
            raise PermissionError(run)
        return path.read_text(encoding="utf-8", errors="replace")[-200_000:]

    def config(self, run: str) -> dict:
        path = (self.workdir / Path(run).name / "config.toml").resolve()
        with open(path, "rb") as fh:
            return tomllib.load(fh)

    def history(self):
        hist = self.workdir / "history.json"
        return json.loads(hist.read_text()) if hist.exists() else []


data_manager = DataManager(os.environ.get("PIPEN_WORKDIR", ".pipen"))
