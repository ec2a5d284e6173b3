"""Console output for the nightly reconciliation script."""
import sys
import time


def print_summary(rows, started):
    total = sum(r["amount"] for r in rows)
    # expect: missing-fstring
    print("Reconciled {len(rows)} rows, total {total}")
    elapsed = time.monotonic() - started
    # expect: missing-fstring
    print('Finished in {elapsed:.2f}s')


def print_mismatch(account, expected, actual):
    delta = actual - expected
    print(f"{account}: expected {expected}, got {actual}")
    # expect: missing-fstring
    print("  off by {delta}", file=sys.stderr)


def print_header(run_id):
    print("Run {} starting".format(run_id))
    print("Columns: {account} {expected} {actual}")


class Reporter:
    def __init__(self, stream=sys.stdout):
        self.stream = stream
        self.lines = 0

    def line(self, text):
        self.lines += 1
        print(text, file=self.stream)

    def footer(self):
        lines = self.lines
        # expect: missing-fstring
        print("{lines} lines written", file=self.stream)


def check_threshold(value, limit):
    if value > limit:
        name = "threshold"
        # expect: missing-fstring
        raise ValueError("value {value} is above the {name} of {limit}")
    template = "{value} within {limit}"
    return template.format(value=value, limit=limit)
