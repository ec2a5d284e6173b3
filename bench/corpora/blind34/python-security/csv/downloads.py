"""CSV downloads of customer-entered data (contacts, orders, support tickets)."""
import csv
import io
from csv import writer as csv_writer

from defusedcsv import csv as safe_csv
from django.http import HttpResponse, StreamingHttpResponse

from crm.models import Contact, Order, Ticket


def export_contacts(request):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="contacts.csv"'
    # expect: csv-injection
    writer = csv.writer(response)
    for contact in Contact.objects.filter(owner=request.user):
        writer.writerow([contact.name, contact.email, contact.company, contact.notes])
    return response


def export_orders(request):
    buffer = io.StringIO()
    # expect: csv-injection
    out = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_ALL)
    for order in Order.objects.filter(customer__account=request.user.account):
        out.writerow([order.number, order.customer.name, order.shipping_note])
    return HttpResponse(buffer.getvalue(), content_type="text/csv")


class Echo:
    def write(self, value):
        return value


def stream_tickets(request):
    # expect: csv-injection
    pseudo = csv_writer(Echo())
    rows = ([t.id, t.subject, t.body] for t in Ticket.objects.all())
    return StreamingHttpResponse((pseudo.writerow(r) for r in rows), content_type="text/csv")


class ContactExporter:
    def __init__(self, stream):
        # expect: csv-injection
        self.writer = csv.writer(
            stream,
            lineterminator="\n",
        )

    def add(self, contact):
        self.writer.writerow([contact.name, contact.notes])


def export_contacts_safely(request):
    response = HttpResponse(content_type="text/csv")
    writer = safe_csv.writer(response)
    for contact in Contact.objects.filter(owner=request.user):
        writer.writerow([contact.name, contact.email, contact.company, contact.notes])
    return response


def import_contacts(upload):
    reader = csv.reader(io.TextIOWrapper(upload, encoding="utf-8"))
    return [Contact(name=row[0], email=row[1]) for row in reader]
