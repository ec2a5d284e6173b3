import json
import os
import subprocess
import tempfile


def append_audit(path, line):
    with open(path, "r") as fh:
        # expect: write-to-readonly-file
        fh.write(line + "\n")


def append_audit_ok(path, line):
    with open(path, "a") as fh:
        fh.write(line + "\n")


def lint_config(cfg: dict) -> bool:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as tmp:
        json.dump(cfg, tmp)
        # expect: tempfile-not-flushed
        result = subprocess.run(["config-lint", tmp.name])
    return result.returncode == 0


def lint_config_ok(cfg: dict) -> bool:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as tmp:
        json.dump(cfg, tmp)
        tmp.flush()
        result = subprocess.run(["config-lint", tmp.name])
    return result.returncode == 0


def read_settings(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    # expect: bare-except
    except:
        pass


def read_settings_ok(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except (OSError, json.JSONDecodeError):
        return {}


def remove_quietly(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def size_of(path):
    return os.path.getsize(path)
    # expect: unreachable-code
    print("size computed")


def check_header(path):
    try:
        with open(path, "rb") as fh:
            # expect: assert-swallowed
            assert fh.read(4) == b"%PDF", "not a pdf"
    except Exception:
        pass
    return True


def kind(path):
    if path.endswith(".json"):
        return "json"
    elif path.endswith(".yaml"):
        return "yaml"
    else:
        raise ValueError(path)
