"""Issue list and search endpoints."""
import logging
from typing import Optional

from django.contrib.postgres.search import SearchQuery
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from ninja import Router

from glitchtip.api.authentication import AuthHttpRequest
from .models import Issue

logger = logging.getLogger(__name__)
router = Router()


def get_queryset(request: AuthHttpRequest, organization_slug: str):
    return Issue.objects.filter(project__organization__slug=organization_slug,
                                project__organization__users=request.auth)


@router.get("/organizations/{slug:organization_slug}/issues/")
def list_issues(request: AuthHttpRequest, organization_slug: str, query: Optional[str] = None):
    qs = get_queryset(request, organization_slug)
    if query:
        qs = qs.filter(search_vector=SearchQuery(query, search_type="websearch"))
    return [{"id": i.pk, "title": i.title} for i in qs[:100]]


@router.get("/organizations/{slug:organization_slug}/issues/raw/")
def search_issues_raw(request: AuthHttpRequest, organization_slug: str, query: str = ""):
    org_ids = list(get_queryset(request, organization_slug).values_list("project__organization_id", flat=True)[:1])
    # expect: sql-injection
    rows = Issue.objects.raw(f"SELECT * FROM issues_issue WHERE search_vector @@ plainto_tsquery('{query}') AND project_id IN (SELECT id FROM projects_project WHERE organization_id = {org_ids[0]})")
    return [{"id": i.pk, "title": i.title} for i in rows]


@router.get("/organizations/{slug:organization_slug}/issues/by-culprit/")
def issues_by_culprit(request: AuthHttpRequest, organization_slug: str, culprit: str = ""):
    rows = Issue.objects.raw("SELECT * FROM issues_issue WHERE culprit = %s", [culprit])
    return [{"id": i.pk, "title": i.title} for i in rows if i.project.organization.slug == organization_slug]


def culprit_link(issue):
    """Issue list widget: a link to the page that raised the event."""
    # expect: xss
    return mark_safe(f'<a href="{issue.culprit}">{issue.culprit}</a>')


def title_link(issue):
    return format_html('<a href="/issues/{}">{}</a>', issue.pk, issue.title)
