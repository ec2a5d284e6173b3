"""Hands data to external tools through temporary files."""
import csv
import json
import shutil
import subprocess
import tempfile
from tempfile import NamedTemporaryFile


def pretty_print(raw: bytes) -> str:
    tmp = tempfile.NamedTemporaryFile(suffix=".json")
    tmp.write(raw)
    # expect: tempfile-without-flush
    result = subprocess.run(["jq", ".", tmp.name], capture_output=True, text=True, check=True)
    return result.stdout


def lint_rows(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerows(rows)
        # expect: tempfile-without-flush
        return subprocess.run(["csvlint", fh.name], check=False).returncode


def run_with_config(settings: dict):
    with NamedTemporaryFile(mode="w", suffix=".json", encoding="utf-8") as cfg:
        json.dump(settings, cfg)
        # expect: tempfile-without-flush
        subprocess.run(["deploy-tool", "--config", cfg.name], check=True)


class Snapshotter:
    def __init__(self, dest_dir):
        self.dest_dir = dest_dir

    def save(self, payload: bytes, name: str):
        with tempfile.NamedTemporaryFile() as staging:
            staging.write(payload)
            # expect: tempfile-without-flush
            shutil.copy(staging.name, f"{self.dest_dir}/{name}")


def pretty_print_fixed(raw: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".json") as tmp:
        tmp.write(raw)
        tmp.flush()
        return subprocess.run(["jq", ".", tmp.name], capture_output=True, text=True, check=True).stdout


def run_with_config_fixed(settings: dict):
    cfg = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
    json.dump(settings, cfg)
    cfg.close()
    subprocess.run(["deploy-tool", "--config", cfg.name], check=True)


def lint_rows_fixed(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
        fh.flush()
        return subprocess.run(["csvlint", fh.name], check=False).returncode
