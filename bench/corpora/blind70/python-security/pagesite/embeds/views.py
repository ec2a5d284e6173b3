"""Admin chooser views for embeds."""
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from pagesite.embeds.finders import EmbedNotFound, get_embed, preview_finder


@staff_member_required
@require_POST
def chooser_upload(request):
    url = request.POST.get("url", "").strip()
    try:
        max_width = int(request.POST.get("max_width", "800"))
    except ValueError:
        max_width = 800
    try:
        embed = get_embed(url, max_width)
    except EmbedNotFound:
        return JsonResponse({"error": "No embed found for this URL"}, status=400)
    return JsonResponse(embed)


@staff_member_required
@require_POST
def link_preview(request):
    data = {"url": request.POST.get("url", "")}
    if not data["url"].startswith(("http://", "https://")):
        data["url"] = "https://" + data["url"]
    return JsonResponse(preview_finder.find_embed(data["url"]))
