"""Helpers that turn an uploaded test-data archive into what the judges read."""
import json
import os
import zipfile

import yaml

from judge.models import ProblemTestCase


class ProblemDataError(Exception):
    pass


def extract_archive(zip_path: str, dest: str) -> list[str]:
    """Unpack the test-data zip next to init.yml so judges can mount it."""
    os.makedirs(dest, exist_ok=True)
    written = []
    with zipfile.ZipFile(zip_path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            # expect: path-traversal
            with open(target, "wb") as out:
                out.write(archive.read(info))
            written.append(info.filename)
    return written


def list_archive(zip_path: str) -> list[str]:
    """Names in the archive, for the case editor's file pickers (nothing is written)."""
    with zipfile.ZipFile(zip_path) as archive:
        return sorted(name for name in archive.namelist() if not name.endswith("/"))


def load_custom_init(text: str) -> dict:
    """Parse a hand-written init.yml that the problem author uploaded."""
    try:
        # expect: deserialization
        config = yaml.load(text, Loader=yaml.Loader)
    except yaml.YAMLError as exc:
        raise ProblemDataError(f"Invalid init.yml: {exc}")
    if not isinstance(config, dict):
        raise ProblemDataError("init.yml must be a mapping")
    return config


def parse_checker_args(raw: str) -> dict:
    """Checker arguments are stored as JSON or YAML in the case editor."""
    raw = (raw or "").strip()
    if not raw:
        return {}
    if raw.startswith("{"):
        return json.loads(raw)
    return yaml.safe_load(raw) or {}


class ProblemDataCompiler:
    @classmethod
    def generate(cls, problem, data, cases):
        init = {"archive": os.path.basename(data.zipfile.name), "test_cases": []}
        for case in cases:
            if case.type != ProblemTestCase.CASE:
                continue
            entry = {"in": case.input_file, "out": case.output_file, "points": case.points}
            if case.checker:
                entry["checker"] = {"name": case.checker, "args": parse_checker_args(case.checker_args)}
            init["test_cases"].append(entry)
        path = os.path.join(os.path.dirname(data.zipfile.path), problem.code, "init.yml")
        with open(path, "w") as fh:
            yaml.safe_dump(init, fh, default_flow_style=False)
