"""Parameter validation for the public search API."""
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.html import escape
from django.views import View

SORT_FIELDS = {"name", "created", "price"}


def search(request):
    sort = request.GET.get("sort", "name")
    if sort not in SORT_FIELDS:
        # expect: xss
        return HttpResponseBadRequest(f"Unknown sort field: {request.GET.get('sort')}")
    return JsonResponse({"sort": sort})


def page(request):
    raw = request.GET["page"]
    if not raw.isdigit():
        # expect: xss
        return HttpResponseBadRequest("Invalid page '%s'" % raw)
    return JsonResponse({"page": int(raw)})


def set_region(request):
    region = request.POST.get("region")
    message = "Region " + region + " is not served"
    # expect: xss
    return HttpResponseBadRequest(message)


class FilterView(View):
    def get(self, request):
        colour = request.GET.get("colour", "")
        if colour and not colour.isalpha():
            # expect: xss
            return HttpResponseBadRequest("<p>Bad colour: {}</p>".format(colour))
        return JsonResponse({"colour": colour})


def upload(request):
    if request.content_type != "text/csv":
        # expect: xss
        return HttpResponseBadRequest(request.body)
    return JsonResponse({"ok": True})


def page_escaped(request):
    raw = request.GET.get("page", "")
    if not raw.isdigit():
        return HttpResponseBadRequest("Invalid page '%s'" % escape(raw))
    return JsonResponse({"page": int(raw)})


def region_json(request):
    region = request.POST.get("region")
    return JsonResponse({"error": "region not served", "region": region}, status=400)
