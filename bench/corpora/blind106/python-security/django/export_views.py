"""CSV exports for the contacts app."""
import csv

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, StreamingHttpResponse
from django.views import View

from .models import Contact


class Echo:
    def write(self, value):
        return value


@login_required
def export_search(request):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="search.csv"'
    writer = csv.writer(response)
    writer.writerow(["query", "name", "email"])
    term = request.GET.get("q", "")
    for contact in Contact.objects.filter(name__icontains=term):
        # expect: csv-injection
        writer.writerow([term, contact.name, contact.email])
    return response


@login_required
def export_labels(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response, delimiter=";")
    labels = request.POST.getlist("labels")
    # expect: csv-injection
    writer.writerows([[label, request.user.username] for label in labels])
    return response


class NoteExportView(View):
    def post(self, request):
        response = HttpResponse(content_type="text/csv")
        writer = csv.writer(response)
        # expect: csv-injection
        writer.writerow(["note", request.POST["note"]])
        return response


@login_required
def export_all(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["id", "created"])
    for contact in Contact.objects.filter(owner=request.user):
        writer.writerow([contact.pk, contact.created.isoformat()])
    return response


def stream_ids(request):
    writer = csv.writer(Echo())
    rows = (writer.writerow([pk]) for pk in Contact.objects.values_list("pk", flat=True))
    return StreamingHttpResponse(rows, content_type="text/csv")
