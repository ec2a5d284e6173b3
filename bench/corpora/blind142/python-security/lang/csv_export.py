"""Writes guest-book entries and metrics to CSV files for the office."""
import csv
import io

from .store import guestbook_entries, metric_rows


def export_guestbook(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        # expect: csv-injection
        writer = csv.writer(fh)
        writer.writerow(["name", "message"])
        for entry in guestbook_entries():
            writer.writerow([entry.name, entry.message])


def export_guestbook_quoted(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        for entry in guestbook_entries():
            writer.writerow([entry.name, entry.message])


def guestbook_semicolon():
    buf = io.StringIO()
    # expect: csv-injection
    writer = csv.writer(buf, delimiter=";")
    for entry in guestbook_entries():
        writer.writerow([entry.created_at.isoformat(), entry.name, entry.message])
    return buf.getvalue()


def comments_attachment(comments):
    buf = io.StringIO()
    # expect: csv-injection
    out = csv.writer(buf, lineterminator="\n")
    out.writerows([c.author, c.body] for c in comments)
    return buf.getvalue().encode("utf-8")


def read_import(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))
