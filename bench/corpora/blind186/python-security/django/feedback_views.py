"""Feedback form and exports for the support team.

Support staff open the CSV files in a spreadsheet application.
"""
import csv
from datetime import date

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import Feedback

FEEDBACK_LOG = "/srv/support/feedback.csv"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


@require_POST
def submit(request):
    Feedback.objects.create(
        email=request.POST.get("email", ""),
        subject=request.POST.get("subject", "")[:200],
        message=request.POST.get("message", ""),
    )
    with open(FEEDBACK_LOG, "a", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        # expect: csv-injection
        writer.writerow([timezone.now().isoformat(), request.POST.get("email", ""), request.POST.get("subject", "")])
    return redirect("feedback:thanks")


@staff_member_required
def export_week(request):
    since = timezone.now() - timezone.timedelta(days=7)
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="feedback-{date.today()}.csv"'
    writer = csv.writer(response)
    writer.writerow(["received", "email", "subject", "message"])
    for item in Feedback.objects.filter(created__gte=since).order_by("created"):
        writer.writerow([item.created.isoformat(), _cell(item.email), _cell(item.subject), _cell(item.message)])
    return response


@staff_member_required
def export_search(request):
    """Exports the rows matching the staff member's search."""
    query = request.GET.get("q", "")
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="feedback-search.csv"'
    writer = csv.writer(response)
    writer.writerow(["received", "email", "subject"])
    for item in Feedback.objects.filter(message__icontains=query)[:1000]:
        # expect: csv-injection
        writer.writerow([item.created.isoformat(), item.email, item.subject])
    return response


@staff_member_required
def export_counts(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["day", "count"])
    for day, count in Feedback.objects.daily_counts():
        writer.writerow([day.isoformat(), int(count)])
    return response


def thanks(request):
    return render(request, "feedback/thanks.html")
