"""Search results page without a template (Django)."""
from django.http import HttpResponse


def search(request):
    q = request.GET.get("q", "")
    # expect: xss
    return HttpResponse("<h1>Results for %s</h1>" % q)
