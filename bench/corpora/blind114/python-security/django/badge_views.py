"""Views rendering small HTML fragments for the dashboard widgets."""
from django.http import HttpResponse, JsonResponse
from django.utils.html import escape, format_html
from django.views import View


def badge(request):
    label = request.GET.get("label", "new")
    # expect: xss
    html = "<span class='badge'>%s</span>" % label
    return HttpResponse(html)


def link_card(request):
    # expect: xss
    html = "<a class='card' href='/items/{}'>{}</a>".format(request.POST.get("item_id"), request.POST["title"])
    return HttpResponse(html)


def suggestion(request):
    # expect: xss
    return HttpResponse(f"<li class='suggestion'>{request.GET['q']}</li>")


class GreetingFragment(View):
    def get(self, request):
        template = "<p class='greeting'>Welcome back, {}!</p>"
        # expect: xss
        return HttpResponse(template.format(request.GET.get("name", "")))


def badge_safe(request):
    label = request.GET.get("label", "new")
    return HttpResponse(format_html("<span class='badge'>{}</span>", label))


def badge_escaped(request):
    label = request.GET.get("label", "new")
    return HttpResponse("<span class='badge'>%s</span>" % escape(label))


def plain_echo(request):
    return JsonResponse({"message": "Searched for %s" % request.GET.get("q", "")})
