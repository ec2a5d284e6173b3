"""Small helper views kept from the old support site."""
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.views.decorators.http import require_GET


@require_GET
def search_echo(request):
    query = request.GET.get("q", "")
    # expect: xss
    return HttpResponse("<p>No results for %s</p>" % query)


def greet(request):
    name = request.COOKIES.get("display_name", "guest")
    message = "<h2>Hello {}</h2>".format(name)
    # expect: xss
    return HttpResponse(message)


def ticket_title(request, ticket_id):
    # expect: xss
    response = HttpResponse(f"<title>{request.POST['subject']}</title>")
    response["X-Ticket"] = str(ticket_id)
    return response


def referrer_note(request):
    # expect: xss
    return HttpResponse("<a href='" + request.META.get("HTTP_REFERER", "/") + "'>back</a>")


def search_echo_safe(request):
    query = request.GET.get("q", "")
    return HttpResponse("<p>No results for %s</p>" % escape(query))


def greet_safe(request):
    name = request.COOKIES.get("display_name", "guest")
    return HttpResponse(format_html("<h2>Hello {}</h2>", name))


def search_page(request):
    return render(request, "support/search.html", {"q": request.GET.get("q", "")})


def ping(request):
    return JsonResponse({"echo": request.GET.get("value")})
