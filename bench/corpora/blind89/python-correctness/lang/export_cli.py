"""Command-line entry point for exporting tickets."""
import argparse
import csv
import json
import sys

from .store import TicketStore

DEFAULT_FORMAT = "json"
_MISSING = object()


def write_tickets(tickets, fmt, out):
    # expect: is-literal
    if fmt is "json":
        json.dump([t.to_dict() for t in tickets], out, indent=2)
    # expect: is-literal
    elif fmt is "csv":
        writer = csv.DictWriter(out, fieldnames=["id", "title", "status"])
        writer.writeheader()
        for t in tickets:
            writer.writerow({"id": t.id, "title": t.title, "status": t.status})
    elif fmt == "ndjson":
        for t in tickets:
            out.write(json.dumps(t.to_dict()) + "\n")
    else:
        raise SystemExit(f"unknown format {fmt!r}")


def filter_status(tickets, status):
    # expect: is-literal
    if "all" is status:
        return list(tickets)
    return [t for t in tickets if t.status == status]


def resolve_assignee(ticket, default=_MISSING):
    if ticket.assignee is None:
        return None if default is _MISSING else default
    # expect: is-literal
    if ticket.assignee.username is not "unassigned":
        return ticket.assignee.username
    return None


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="export-tickets")
    parser.add_argument("--format", default=DEFAULT_FORMAT, choices=["json", "csv", "ndjson"])
    parser.add_argument("--status", default="open")
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    store = TicketStore.from_env()
    tickets = filter_status(store.all(), args.status)
    if args.dry_run is True:
        print(f"{len(tickets)} tickets would be exported")
        return 0
    if type(args.format) is str:
        write_tickets(tickets, args.format, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
