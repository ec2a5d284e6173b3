"""HTML views: package search and vulnerability details."""
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.html import format_html, format_html_join
from django.views import View, generic

from vulnerabilities.models import Package, Vulnerability


class PackageSearch(generic.ListView):
    model = Package
    template_name = "packages.html"
    paginate_by = 20

    def get_queryset(self):
        return Package.objects.search(self.request.GET.get("search", "")).order_by("type", "name")


class VulnerabilitySummaryCard(View):
    """Small HTML card used by the browser extension's popup."""

    def get(self, request, vulnerability_id):
        vuln = get_object_or_404(Vulnerability, vulnerability_id=vulnerability_id)
        aliases = ", ".join(vuln.aliases.values_list("alias", flat=True))
        # expect: xss
        return HttpResponse(f"<div class='card'><h3>{vuln.vulnerability_id}</h3><p>{vuln.summary}</p><small>{aliases}</small></div>")


class VulnerabilityAliasesCard(View):
    def get(self, request, vulnerability_id):
        vuln = get_object_or_404(Vulnerability, vulnerability_id=vulnerability_id)
        items = format_html_join("", "<li>{}</li>", ((a,) for a in vuln.aliases.values_list("alias", flat=True)))
        card = format_html("<div class='card'><h3>{}</h3><p>{}</p><ul>{}</ul></div>",
                           vuln.vulnerability_id, vuln.summary, items)
        return HttpResponse(card)


class VulnerabilityDetails(generic.DetailView):
    model = Vulnerability
    template_name = "vulnerability.html"
    slug_url_kwarg = "vulnerability_id"
    slug_field = "vulnerability_id"
