import argparse
import os
import sys
import time

COLUMNS = [
    "sku",
    "name",
    # expect: implicit-concat
    "price"
    "currency",
    "stock",
]

FLAGS = ("--verbose", "--dry-run", "--force")

HELP_TEXT = (
    "Sync inventory from the warehouse.\n"
    "Use --dry-run to see what would change."
)

DEFAULTS = {
    "region": "eu-west-1",
    "retries": 3,
    "timeout": 30,
    # expect: duplicate-key
    "retries": 5,
}

EXCHANGE = {"EUR": 1.0, "USD": 1.08, "GBP": 0.86}


def load_config(path):
    if not os.path.exists(path):
        # expect: exit-in-library
        sys.exit(f"config not found: {path}")
    with open(path) as fh:
        return fh.read()


def retry(fn, attempts=3):
    for i in range(attempts):
        try:
            return fn()
        except OSError:
            time.sleep(2 ** i)
    raise RuntimeError("gave up")


def parse_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--region", default=DEFAULTS["region"])
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    print(args.region, COLUMNS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
