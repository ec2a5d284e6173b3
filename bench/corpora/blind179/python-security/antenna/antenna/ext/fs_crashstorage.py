"""Filesystem crash storage (local development and the on-prem collector)."""
import json
import os
import re

CRASH_ID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{6}[0-9]{6}$")
DUMP_NAME_RE = re.compile(r"^[A-Za-z0-9_]{1,64}$")


def date_from_crash_id(crash_id: str) -> str:
    return "20" + crash_id[-6:]


class FSCrashStorage:
    def __init__(self, root: str):
        self.root = root

    def _raw_crash_path(self, crash_id: str) -> str:
        return os.path.join(self.root, "v1", "raw_crash", date_from_crash_id(crash_id), crash_id)

    def save_raw_crash(self, crash_id: str, raw_crash: dict) -> None:
        if not CRASH_ID_RE.match(crash_id):
            raise ValueError(f"bad crash id {crash_id!r}")
        path = self._raw_crash_path(crash_id)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            json.dump(raw_crash, fh, sort_keys=True)

    def save_dumps(self, crash_id: str, dumps: dict) -> None:
        """One file per dump under v1/<dump name>/<crash id>; the names come from the form fields."""
        names = []
        for dump_name, data in dumps.items():
            directory = os.path.join(self.root, "v1", dump_name)
            os.makedirs(directory, exist_ok=True)
            # expect: path-traversal
            with open(os.path.join(directory, crash_id), "wb") as fh:
                fh.write(data)
            names.append(dump_name)
        with open(os.path.join(self.root, "v1", "dump_names", crash_id), "w") as fh:
            json.dump(names, fh)

    def save_dumps_checked(self, crash_id: str, dumps: dict) -> None:
        """Variant used by the S3 mirror: dump names must be plain identifiers."""
        for dump_name, data in dumps.items():
            if not DUMP_NAME_RE.match(dump_name):
                continue
            directory = os.path.join(self.root, "mirror", dump_name)
            os.makedirs(directory, exist_ok=True)
            with open(os.path.join(directory, crash_id), "wb") as fh:
                fh.write(data)

    def load_raw_crash(self, crash_id: str) -> dict:
        """Read a stored crash back (used by the local debug endpoint)."""
        path = os.path.join(self.root, "v1", "raw_crash", date_from_crash_id(crash_id), crash_id)
        # expect: path-traversal
        with open(path) as fh:
            return json.load(fh)
