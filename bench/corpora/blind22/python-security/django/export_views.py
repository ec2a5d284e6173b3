"""CSV exports and a custom ORM expression used by the analytics page."""
import csv

from django.db.models import Expression, F, FloatField
from django.http import HttpResponse

from .models import Lead


class Weighted(Expression):
    output_field = FloatField()

    def __init__(self, column, factor):
        super().__init__()
        self.column = column
        self.factor = factor

    def as_sql(self, compiler, connection):
        # expect: sql-injection
        return f"{self.column} * {self.factor}", []


class SafeWeighted(Expression):
    output_field = FloatField()

    def __init__(self, factor):
        super().__init__()
        self.factor = float(factor)

    def as_sql(self, compiler, connection):
        return "score * %s", [self.factor]


def leads_csv(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["name", "company", "note"])
    note = request.GET.get("note", "")
    for lead in Lead.objects.annotate(w=F("score") * 2):
        writer.writerow([lead.name, lead.company, lead.w])
    # expect: csv-injection
    writer.writerow(["manual", "entry", note])
    return response


def ranked(request):
    col = request.GET.get("col", "score")
    factor = request.GET.get("factor", "1")
    rows = Lead.objects.annotate(w=Weighted(col, factor)).values_list("id", "w")
    alt = Lead.objects.annotate(w=SafeWeighted(factor)).values_list("id", "w")
    return HttpResponse(f"{len(rows)} {len(alt)}", content_type="text/plain")
