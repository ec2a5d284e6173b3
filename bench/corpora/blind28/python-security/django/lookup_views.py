import django.http
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotFound, JsonResponse
from django.http import HttpResponse as Resp
from django.shortcuts import render

from .models import Member


def search(request):
    q = request.GET.get("q", "")
    hits = Member.objects.filter(name__icontains=q)[:20]
    items = "".join(f"<li>{m.name}</li>" for m in hits)
    # expect: xss
    return HttpResponse(f"<h2>Results for {q}</h2><ul>{items}</ul>")


def member_card(request, member_id):
    member = Member.objects.filter(pk=member_id).first()
    if member is None:
        # expect: xss
        return HttpResponseNotFound("<p>No member called " + request.GET.get("name", "?") + "</p>")
    body = "<div class='card'><b>%s</b><p>%s</p></div>" % (member.name, member.bio)
    # expect: xss
    return Resp(body)


def validate(request):
    code = request.POST.get("code", "")
    if not code.isalnum():
        # expect: xss
        return HttpResponseBadRequest(
            "<p>Invalid code: {}</p>".format(code)
        )
    return JsonResponse({"valid": True})


def forbidden(request):
    reason = request.META.get("HTTP_X_DENY_REASON", "")
    # expect: xss
    return django.http.HttpResponseForbidden(f"<h1>Forbidden</h1><p>{reason}</p>")


def ping(request):
    return HttpResponse("pong")


def no_content(request):
    return HttpResponse(status=204)


def export_names(request):
    names = "\n".join(Member.objects.values_list("name", flat=True))
    return HttpResponse(names, content_type="text/plain; charset=utf-8")


def search_page(request):
    q = request.GET.get("q", "")
    return render(request, "members/search.html", {"q": q, "hits": Member.objects.filter(name__icontains=q)})
