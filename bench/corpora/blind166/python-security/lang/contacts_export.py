"""CSV exports for the CRM: contacts (typed in by sales reps and web forms) and metrics."""
import csv
import io

from .models import Contact, DailyMetric

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _neutralize(value):
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


def contacts_csv(account_id):
    buf = io.StringIO()
    # expect: csv-injection
    writer = csv.writer(buf)
    writer.writerow(["name", "company", "email", "notes"])
    for c in Contact.objects.filter(account_id=account_id):
        writer.writerow([c.name, c.company, c.email, c.notes])
    return buf.getvalue()


def contacts_csv_quoted(account_id):
    """Quoting every cell keeps commas intact; it does not stop formulas."""
    buf = io.StringIO()
    # expect: csv-injection
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL)
    for c in Contact.objects.filter(account_id=account_id):
        writer.writerow([c.name, c.company, c.notes])
    return buf.getvalue()


def contacts_csv_safe(account_id):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "company", "email", "notes"])
    for c in Contact.objects.filter(account_id=account_id):
        writer.writerow([_neutralize(v) for v in (c.name, c.company, c.email, c.notes)])
    return buf.getvalue()


def metrics_csv(account_id):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["day", "calls", "emails", "deals_won"])
    for m in DailyMetric.objects.filter(account_id=account_id).order_by("day"):
        writer.writerow([m.day.isoformat(), m.calls, m.emails, m.deals_won])
    return buf.getvalue()


def read_import(fh):
    return [row for row in csv.reader(fh) if row]
