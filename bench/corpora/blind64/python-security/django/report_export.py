"""CSV exports of search results and submitted survey answers."""
import csv
import csv as csvlib

from django.http import HttpResponse, StreamingHttpResponse
from django.views import View

from .models import Answer, Order

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _neutralize(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def export_search(request):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="search.csv"'
    writer = csv.writer(response)
    query = request.GET.get("q", "")
    # expect: csv-injection
    writer.writerow(["Results for", query])
    for order in Order.objects.filter(reference__icontains=query):
        writer.writerow([order.pk, order.total])
    return response


def export_answers(request, survey_id):
    response = HttpResponse(content_type="text/csv")
    out = csvlib.writer(response, delimiter=";")
    answers = request.POST.getlist("answer")
    # expect: csv-injection
    out.writerows([[survey_id, a] for a in answers])
    return response


class Echo:
    def write(self, value):
        return value


class LabelExportView(View):
    def get(self, request):
        writer = csv.writer(Echo())
        header = request.GET.getlist("columns") or ["id", "label"]

        def rows():
            # expect: csv-injection
            yield writer.writerow(header)
            for answer in Answer.objects.all().values_list("id", "score"):
                yield writer.writerow(answer)

        return StreamingHttpResponse(rows(), content_type="text/csv")


def export_search_safe(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["Results for", _neutralize(request.GET.get("q", ""))])
    return response


def export_totals(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["id", "total"])
    writer.writerows(Order.objects.values_list("pk", "total"))
    return response
