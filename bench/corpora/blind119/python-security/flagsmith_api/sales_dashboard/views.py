"""Sales dashboard (Django admin-side pages) listing organisations."""
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from django.utils.html import escape, format_html

from flagsmith_api.sales_dashboard.models import Organisation


@staff_member_required
def organisation_info(request, organisation_id):
    org = Organisation.objects.get(pk=int(organisation_id))
    title = format_html("<h2>{}</h2>", org.name)
    notes = request.GET.get("note", "")
    # expect: xss
    return HttpResponse(f"{title}<p>Plan: {escape(org.plan)}</p><p>Note: {notes}</p>")


@staff_member_required
def organisation_name(request, organisation_id):
    org = Organisation.objects.get(pk=int(organisation_id))
    return HttpResponse(format_html("<span>{}</span>", org.name))
