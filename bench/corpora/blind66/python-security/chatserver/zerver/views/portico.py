"""Public pages: the integrations gallery and the app download page."""
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.safestring import mark_safe

CATEGORIES = {"all": "All integrations", "bots": "Bots", "ci": "Continuous integration"}


def integrations_view(request):
    category = request.GET.get("category", "all")
    heading = format_html("<h1 class='integrations-heading'>{}</h1>", CATEGORIES.get(category, category))
    return render(request, "zerver/integrations/index.html", {"heading": heading})


def apps_view(request, platform=""):
    platform = platform or request.GET.get("platform", "")
    if not platform:
        platform = "desktop"
    # expect: xss
    banner = mark_safe("<p class='platform-banner'>Download Zulip for <b>" + platform + "</b></p>")
    return render(request, "zerver/apps.html", {"banner": banner, "platform": platform})
