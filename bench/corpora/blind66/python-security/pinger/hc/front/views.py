"""Dashboard views: log in, test an integration, filter checks."""
from django.contrib import messages
from django.contrib.auth import authenticate, login
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from hc.api.models import Check
from hc.api.transports import Webhook
from hc.front.forms import AllowedWebhookForm, LoginForm, WebhookTestForm
from hc.lib import audit

SORT_COLUMNS = {"name": "name", "created": "created", "last_ping": "last_ping"}


def login_view(request):
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(request, username=form.cleaned_data["username"], password=form.cleaned_data["password"])
        if user is not None:
            login(request, user)
            audit.record_login(user.username)
            return redirect("hc-index")
    return render(request, "accounts/login.html", {"form": form})


@login_required
@require_POST
def webhook_test(request):
    form = WebhookTestForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest()
    transport = Webhook(form.cleaned_data["method"])
    status = transport.send(form.cleaned_data["url"], form.cleaned_data.get("body") or "")
    return JsonResponse({"status": status})


@login_required
@require_POST
def webhook_test_allowed(request):
    form = AllowedWebhookForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest()
    status = Webhook("GET").send_allowed(form.cleaned_data["url"])
    return JsonResponse({"status": status})


@login_required
def checks(request):
    sort = request.GET.get("sort", "created")
    order_by = SORT_COLUMNS.get(sort, "created")
    qs = Check.objects.filter(project__owner=request.user).order_by(order_by)
    search = request.GET.get("search", "")
    if search:
        qs = qs.filter(name__icontains=search)
    messages.info(request, "Showing %d checks" % qs.count())
    return render(request, "front/checks.html", {"checks": qs, "sort": sort, "search": search})
