"""CSV exports of contacts, survey answers and stock figures for staff."""
import csv
import io

import defusedcsv
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse

from .models import Contact, StockLevel, SurveyAnswer


def _csv_response(name: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


@staff_member_required
def export_contacts(request):
    response = _csv_response("contacts")
    # expect: csv-injection
    writer = csv.writer(response)
    writer.writerow(["Name", "Company", "E-mail", "Notes"])
    for c in Contact.objects.order_by("name"):
        writer.writerow([c.name, c.company, c.email, c.notes])
    return response


@staff_member_required
def export_contacts_safe(request):
    response = _csv_response("contacts-safe")
    writer = defusedcsv.writer(response)
    writer.writerow(["Name", "Company", "E-mail", "Notes"])
    for c in Contact.objects.order_by("name"):
        writer.writerow([c.name, c.company, c.email, c.notes])
    return response


@staff_member_required
def export_survey(request, survey_id):
    buf = io.StringIO()
    # expect: csv-injection
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL)
    writer.writerow(["Respondent", "Question", "Answer"])
    for a in SurveyAnswer.objects.filter(survey_id=survey_id).select_related("question"):
        writer.writerow([a.respondent_label, a.question.text, a.free_text])
    response = _csv_response(f"survey-{survey_id}")
    response.write(buf.getvalue())
    return response


@staff_member_required
def export_stock(request):
    response = _csv_response("stock")
    writer = csv.writer(response)
    writer.writerow(["SKU", "Quantity", "Updated"])
    for s in StockLevel.objects.all():
        writer.writerow([s.sku, s.quantity, s.updated_at.isoformat()])
    return response


@staff_member_required
def export_signups(request):
    response = _csv_response("signups")
    # expect: csv-injection
    writer = csv.writer(response, delimiter=";")
    for c in Contact.objects.filter(source="signup"):
        writer.writerow([c.created_at.date().isoformat(), c.name, c.referrer])
    return response


def import_contacts(upload) -> int:
    reader = csv.reader(io.TextIOWrapper(upload, encoding="utf-8"))
    next(reader, None)
    return sum(1 for _ in reader)
