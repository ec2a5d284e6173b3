"""Console summary printed at the end of the import command."""
import sys


def print_summary(stats, elapsed):
    total = stats["created"] + stats["updated"]
    # expect: missing-fstring
    print("Imported {total} records in {elapsed:.1f}s")
    print(f"  created: {stats['created']}")
    print("  updated: {}".format(stats["updated"]))


def print_errors(errors):
    count = len(errors)
    if not count:
        print("No errors.")
        return
    # expect: missing-fstring
    print("{count} rows failed; first failure: " + errors[0])
    for err in errors[:10]:
        print(f"  - {err}")


def print_usage():
    print("usage: import.py [--dry-run] FILE", file=sys.stderr)
    print("FILE may contain the {date} placeholder, expanded to today's date", file=sys.stderr)


def print_source(source):
    name = source.display_name
    # expect: missing-fstring
    print("Reading from {name} ({source.kind})")
    rows = source.count()
    print("%d rows queued" % rows)
