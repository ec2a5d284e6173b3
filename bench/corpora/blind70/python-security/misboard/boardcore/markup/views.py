"""Markup preview endpoints."""
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from boardcore.markup.parser import parse, parse_escaped


@login_required
@require_POST
def preview(request):
    result = parse(request.POST.get("post", ""))
    # expect: xss
    return HttpResponse(result["parsed_text"])


@login_required
@require_POST
def preview_escaped(request):
    result = parse_escaped(request.POST.get("post", ""))
    return HttpResponse(result["parsed_text"])


@login_required
@require_POST
def preview_json(request):
    result = parse(request.POST.get("post", ""))
    return JsonResponse({"parsed": result["parsed_text"], "mentions": result["mentions"]})
