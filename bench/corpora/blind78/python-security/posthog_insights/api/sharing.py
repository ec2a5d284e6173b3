"""Public sharing: the embeddable page of a shared dashboard."""
import logging

from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.clickjacking import xframe_options_exempt

from posthog_insights.models.sharing import SharingConfiguration

logger = logging.getLogger(__name__)


def _page(title_html, body_html) -> str:
    return f"<!doctype html><html><head><title>{title_html}</title></head><body>{body_html}</body></html>"


@xframe_options_exempt
def shared_dashboard(request, access_token: str):
    sharing = get_object_or_404(SharingConfiguration, access_token=access_token, enabled=True)
    whitelabel = request.GET.get("whitelabel") is not None
    heading = request.GET.get("title", sharing.dashboard.name)
    banner = "" if whitelabel else "<div class='banner'>Made with analytics</div>"
    body = f"<h1>{heading}</h1>{banner}<div id='root' data-token='{sharing.access_token}'></div>"
    # expect: xss
    return HttpResponse(_page(sharing.dashboard.name, body))


@xframe_options_exempt
def shared_notebook(request, access_token: str):
    sharing = get_object_or_404(SharingConfiguration, access_token=access_token, enabled=True)
    subtitle = request.GET.get("subtitle") or ""
    # expect: xss
    subtitle_html = mark_safe(f"<p class='subtitle'>{subtitle}</p>")
    return render(request, "sharing/notebook.html", {"sharing": sharing, "subtitle_html": subtitle_html})


@xframe_options_exempt
def shared_insight(request, access_token: str):
    sharing = get_object_or_404(SharingConfiguration, access_token=access_token, enabled=True)
    heading = request.GET.get("title", sharing.insight.name)
    body = format_html("<h1>{}</h1><div id='root' data-token='{}'></div>", heading, sharing.access_token)
    return HttpResponse(_page(sharing.insight.name, body))


def shared_redirect(request, access_token: str):
    get_object_or_404(SharingConfiguration, access_token=access_token, enabled=True)
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next_url = "/"
    return HttpResponseRedirect(next_url)


def shared_config(request, access_token: str):
    sharing = get_object_or_404(SharingConfiguration, access_token=access_token, enabled=True)
    response = JsonResponse({"dashboard": sharing.dashboard_id, "insight": sharing.insight_id})
    response["Cache-Control"] = "max-age=60"
    return response
