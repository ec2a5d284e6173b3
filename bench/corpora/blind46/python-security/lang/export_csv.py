"""CSV exports of user-entered records (contacts, tickets, comments)."""
import csv
import io
from csv import writer as csv_writer

UNSAFE_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def export_contacts(contacts, path):
    with open(path, "w", newline="") as fh:
        # expect: csv-injection
        out = csv.writer(fh)
        out.writerow(["name", "email", "company"])
        for c in contacts:
            out.writerow([c.name, c.email, c.company])


def export_tickets(tickets):
    buf = io.StringIO()
    # expect: csv-injection
    w = csv_writer(buf, delimiter=";")
    for t in tickets:
        w.writerow([t.id, t.subject, t.reporter])
    return buf.getvalue()


class CommentExporter:
    def __init__(self, response):
        # expect: csv-injection
        self.writer = csv.writer(response, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")

    def write(self, comments):
        for c in comments:
            self.writer.writerow([c.author, c.body])


def export_notes(notes, fh):
    # expect: csv-injection
    w = csv.writer(fh, dialect="excel")
    w.writerows([n.title, n.text] for n in notes)


def _neutralise(value):
    text = str(value)
    return "'" + text if text.startswith(UNSAFE_PREFIXES) else text


def export_contacts_safe(contacts, fh):
    w = csv.writer(fh, quoting=csv.QUOTE_ALL)
    for c in contacts:
        w.writerow([_neutralise(c.name), _neutralise(c.email), _neutralise(c.company)])


def export_quoted(rows, fh):
    opts = {"quoting": csv.QUOTE_ALL}
    w = csv.writer(fh, **opts)
    w.writerows([_neutralise(v) for v in row] for row in rows)
