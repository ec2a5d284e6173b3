from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

from . import services
from .models import Feedback


@require_GET
def timetable(request):
    data = services.timetable(request.GET["campus"])
    return JsonResponse(data.value if data else {}, safe=False)


@require_GET
def timetable_legacy(request):
    rows = services.timetable_raw(request.GET.get("campus", "xuancheng"))
    return JsonResponse([r.value for r in rows], safe=False)


@require_GET
def notice(request):
    data = services.notices_for(request.GET["page"], request.GET.get("order", "time"))
    texts = [d.text for d in data]
    return JsonResponse({"theme": data[0].theme if texts else None, "notices": texts})


@require_GET
def cover(request):
    body, ctype = services.fetch_cover(request.GET["url"])
    return HttpResponse(body, content_type=ctype)


@require_GET
def cover_v2(request):
    try:
        body, ctype = services.fetch_cover_checked(request.GET["url"])
    except ValueError:
        return HttpResponseBadRequest("bad url")
    return HttpResponse(body, content_type=ctype)


@login_required
def feedback_board(request):
    items = Feedback.objects.order_by("-id")[:50]
    rows = "".join(f"<li>{f.nickname}: {f.content}</li>" for f in items)
    # expect: xss
    return HttpResponse(f"<ul class='feedback'>{rows}</ul>")


@login_required
def feedback_board_safe(request):
    items = Feedback.objects.order_by("-id")[:50]
    rows = format_html_join("", "<li>{}: {}</li>", ((f.nickname, f.content) for f in items))
    return HttpResponse(format_html("<ul class='feedback'>{}</ul>", rows))


def bind_done(request):
    # expect: open-redirect
    return redirect(request.GET.get("next", "/"))


def bind_done_checked(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/"
    return redirect(target)


@login_required
def profile(request):
    return render(request, "others/profile.html", {"user": request.user})
