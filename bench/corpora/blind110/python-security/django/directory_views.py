"""Staff directory search views."""
from django.http import JsonResponse
from django.views import View

from .models import Employee

DEPARTMENTS = {"eng", "sales", "ops"}


def by_department(request):
    dept = request.GET.get("dept", "eng")
    # expect: sql-injection
    people = Employee.objects.extra(where=["department = '%s'" % dept])
    return JsonResponse({"names": [p.name for p in people]})


def by_office(request):
    # expect: sql-injection
    people = Employee.objects.extra(where=[f"office_code = '{request.GET.get('office')}'"])
    return JsonResponse({"names": list(people.values_list("name", flat=True))})


class TenureSearch(View):
    def get(self, request):
        years = request.GET["years"]
        clause = "hired_on < now() - interval '{} years'".format(years)
        # expect: sql-injection
        people = Employee.objects.extra(where=[clause], order_by=["hired_on"])
        return JsonResponse({"names": [p.name for p in people]})


def raw_filter(request):
    # expect: sql-injection
    return JsonResponse({"ids": list(Employee.objects.extra(where=[request.POST["filter"]]).values_list("id", flat=True))})


def by_department_safe(request):
    dept = request.GET.get("dept", "eng")
    people = Employee.objects.extra(where=["department = %s"], params=[dept])
    return JsonResponse({"names": [p.name for p in people]})


def by_department_orm(request):
    dept = request.GET.get("dept", "eng")
    if dept not in DEPARTMENTS:
        dept = "eng"
    return JsonResponse({"names": list(Employee.objects.filter(department=dept).values_list("name", flat=True))})


def with_flag(request):
    people = Employee.objects.extra(select={"is_senior": "hired_on < '2015-01-01'"})
    return JsonResponse({"senior": [p.name for p in people if p.is_senior]})
