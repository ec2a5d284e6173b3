"""CSV exports of the customer ledger for finance and for customers themselves."""
import csv
import csv as csvlib
import io
from csv import writer as csv_writer

from django.http import HttpResponse, StreamingHttpResponse

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
EXPORT_DIALECT = {"delimiter": ";", "lineterminator": "\n"}


def neutralise(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


class Echo:
    def write(self, value):
        return value


def ledger_csv(request, account):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="ledger-{account.pk}.csv"'
    # expect: csv-injection
    out = csv.writer(response)
    out.writerow(["date", "description", "amount"])
    for entry in account.entries.order_by("booked_at"):
        out.writerow([entry.booked_at.date(), entry.description, entry.amount])
    return response


def stream_customers(request, queryset):
    # expect: csv-injection
    rows = csvlib.writer(Echo(), **EXPORT_DIALECT)
    lines = (rows.writerow([c.name, c.company, c.notes]) for c in queryset.iterator())
    return StreamingHttpResponse(lines, content_type="text/csv")


def invoice_lines_text(invoice):
    buf = io.StringIO()
    # expect: csv-injection
    w = csv_writer(buf, dialect="excel", quoting=csv.QUOTE_MINIMAL)
    for line in invoice.lines.all():
        w.writerow([line.sku, line.label, line.quantity, line.total])
    return buf.getvalue()


def support_tickets_file(path, tickets):
    with open(path, "w", newline="") as fh:
        # expect: csv-injection
        writer = csv.writer(
            fh,
            delimiter="\t",
        )
        writer.writerows([t.reference, t.subject, t.reporter_email] for t in tickets)


def ledger_csv_quoted(request, account):
    response = HttpResponse(content_type="text/csv")
    out = csv.writer(response, quoting=csv.QUOTE_ALL)
    for entry in account.entries.all():
        out.writerow([entry.booked_at.date(), neutralise(entry.description), entry.amount])
    return response


def read_bank_statement(fh):
    return [row for row in csv.reader(fh, delimiter=";")]
