"""Prints a summary after an import run."""
import sys


def summarize(rows, errors):
    count = len(rows)
    # expect: missing-fstring
    print("Imported {count} rows")
    failed = len(errors)
    # expect: missing-fstring
    print('Failed rows: {failed}', file=sys.stderr)
    return count, failed


def check_batch(batch):
    size = len(batch)
    if size > 1000:
        # expect: missing-fstring
        raise ValueError("batch too large: {size} rows")
    return size


class Progress:
    def report(self, done, total):
        percent = round(100 * done / total)
        message = "progress: {percent}%"
        # expect: missing-fstring
        print(message)


def summarize_fixed(rows):
    count = len(rows)
    print(f"Imported {count} rows")


def greeting_template(name):
    template = "Dear {name}, your import is ready."
    return template.format(name=name)
