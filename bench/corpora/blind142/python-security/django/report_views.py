"""CSV downloads for the sales team."""
import csv

from django.http import HttpResponse

from .models import Lead

SAFE_HEADER = ["id", "created", "score"]


def leads_csv(request):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="leads.csv"'
    writer = csv.writer(response)
    # expect: csv-injection
    writer.writerow(["Report for", request.GET.get("title", "Leads")])
    for lead in Lead.objects.all():
        writer.writerow([lead.pk, lead.created.isoformat(), lead.score])
    return response


def echo_notes_csv(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    # expect: csv-injection
    writer.writerows([[n] for n in request.POST.getlist("notes")])
    return response


def campaign_csv(request, campaign):
    response = HttpResponse(content_type="text/csv")
    writer = csv.DictWriter(response, fieldnames=["campaign", "source"])
    writer.writeheader()
    out = csv.writer(response)
    # expect: csv-injection
    out.writerow([campaign, request.META.get("HTTP_REFERER", "")])
    return response


def scores_csv(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(SAFE_HEADER)
    limit = min(int(request.GET.get("limit", 100)), 1000)
    for lead in Lead.objects.order_by("-score")[:limit]:
        writer.writerow([lead.pk, lead.created.isoformat(), lead.score])
    return response
