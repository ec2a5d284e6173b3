"""CSV exports of the CRM, opened by sales staff in spreadsheet programs."""
import csv
import io

import defusedcsv

from .models import Contact, Lead, Ticket

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _neutral(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def export_contacts(response):
    # expect: csv-injection
    writer = csv.writer(response)
    writer.writerow(["Name", "Company", "Notes"])
    for c in Contact.objects.all():
        writer.writerow([c.name, c.company, c.notes])
    return response


def export_leads():
    buf = io.StringIO()
    # expect: csv-injection
    out = csv.writer(buf, quoting=csv.QUOTE_ALL)
    out.writerows((lead.source, lead.full_name, lead.message) for lead in Lead.objects.filter(open=True))
    return buf.getvalue()


def export_tickets(fh):
    # expect: csv-injection
    w = csv.writer(fh, delimiter=";")
    for t in Ticket.objects.order_by("-created"):
        w.writerow([t.pk, t.subject, t.customer_email])


def export_contacts_defused(response):
    writer = defusedcsv.writer(response)
    writer.writerow(["Name", "Company", "Notes"])
    for c in Contact.objects.all():
        writer.writerow([c.name, c.company, c.notes])
    return response


def import_contacts(fh):
    reader = csv.DictReader(fh)
    return [Contact(name=row["Name"], company=row["Company"]) for row in reader]
