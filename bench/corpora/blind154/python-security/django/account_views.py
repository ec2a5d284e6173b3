"""Account pages."""
import logging

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .models import Invoice, Profile

log = logging.getLogger(__name__)


@login_required
def profile(request):
    profile = get_object_or_404(Profile, user=request.user)
    api_key = profile.api_key
    invoices = Invoice.objects.filter(owner=request.user).order_by("-issued")[:10]
    # expect: locals-template-context
    return render(request, "accounts/profile.html", locals())


@login_required
def billing(request):
    invoices = Invoice.objects.filter(owner=request.user)
    total = sum(i.amount for i in invoices)
    card_token = request.user.profile.card_token
    # expect: locals-template-context
    return render(request, "accounts/billing.html", context=locals())


@login_required
def security(request):
    sessions = request.user.session_set.all()
    totp_secret = request.user.profile.totp_secret
    ctx = locals()
    # expect: locals-template-context
    return render(request, "accounts/security.html", ctx)


@login_required
def invoice(request, pk):
    inv = get_object_or_404(Invoice, pk=pk, owner=request.user)
    return render(request, "accounts/invoice.html", {"invoice": inv})


@login_required
def overview(request):
    context = {
        "profile": get_object_or_404(Profile, user=request.user),
        "open_invoices": Invoice.objects.filter(owner=request.user, paid=False).count(),
    }
    return render(request, "accounts/overview.html", context)
