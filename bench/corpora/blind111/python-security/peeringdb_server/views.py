"""HTML views: network page notes and the login redirect."""
import bleach
import markdown
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

from .models import Network

ALLOWED_TAGS = ["p", "a", "ul", "li", "strong", "em", "code"]


def render_notes(net, sanitize=True):
    html = markdown.markdown(net.notes)
    if sanitize:
        html = bleach.clean(html, tags=ALLOWED_TAGS, strip=True)
    # expect: xss
    return mark_safe(html)


def view_network(request, id):
    net = Network.objects.get(pk=int(id))
    notes = render_notes(net, sanitize=request.GET.get("raw") != "1")
    return HttpResponse(f"<h1>{bleach.clean(net.name)}</h1>{notes}")


def view_network_clean(request, id):
    net = Network.objects.get(pk=int(id))
    return HttpResponse(mark_safe(bleach.clean(markdown.markdown(net.notes), tags=ALLOWED_TAGS, strip=True)))


def view_login_done(request):
    redir = request.GET.get("next") or request.POST.get("next") or "/"
    if url_has_allowed_host_and_scheme(redir, allowed_hosts={request.get_host()}):
        return redirect(redir)
    return redirect("/")


def view_set_language(request):
    redir = request.POST.get("next", "/")
    # expect: open-redirect
    return HttpResponseRedirect(redir)
