import json

DEFAULTS = {
    "timeout": 30,
    "retries": 3,
    # expect: duplicate-key
    "timeout": 60,
    "region": "eu-west-1",
}


def read(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except ValueError:
        return dict(DEFAULTS)
    # expect: except-order
    except json.JSONDecodeError:
        raise


def read_ok(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except json.JSONDecodeError:
        raise
    except OSError:
        return dict(DEFAULTS)


def first_line(path):
    try:
        with open(path) as fh:
            return fh.readline()
    finally:
        # expect: return-in-finally
        return ""
