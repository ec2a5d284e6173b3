"""Shared helpers imported by several services."""
import pdb
import sys

DEFAULT_REGIONS = [
    "eu-west-1",
    # expect: implicit-concat
    "eu-central-1"
    "us-east-1",
    "ap-southeast-2",
]

MESSAGE = ("region list is "
           "configured in settings")


def load_config(path):
    try:
        with open(path) as fh:
            return fh.read()
    except FileNotFoundError:
        print("config missing", file=sys.stderr)
        # expect: sys-exit-library
        sys.exit(1)


def main_cli(argv):
    if not argv:
        print("usage: helpers <path>")
        return 2
    return 0


def parse(text):
    items = [t.strip() for t in text.split(",")]
    if not items:
        # expect: debugger-left
        pdb.set_trace()
    return items


def parse_debug(text):
    # expect: debugger-left
    breakpoint()
    return text.split(",")


def dedupe(values):
    # expect: shadowed-builtin
    list = []
    for v in values:
        if v not in list:
            list.append(v)
    return list


if __name__ == "__main__":
    sys.exit(main_cli(sys.argv[1:]))
