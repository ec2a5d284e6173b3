"""Permission checks for the billing admin API."""
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.views import View

from .models import Invoice


class RefundView(View):
    def post(self, request, pk):
        # expect: assert-security
        assert request.user.is_staff, "staff only"
        invoice = Invoice.objects.get(pk=pk)
        invoice.refund()
        return JsonResponse({"ok": True})


class VoidView(View):
    def post(self, request, pk):
        invoice = Invoice.objects.get(pk=pk)
        # expect: assert-security
        assert invoice.account_id == request.user.account_id
        invoice.void()
        return JsonResponse({"ok": True})


class ExportView(View):
    def get(self, request):
        # safe: real check
        if not request.user.has_perm("billing.export_invoice"):
            raise PermissionDenied
        rows = list(Invoice.objects.values("id", "total"))
        # safe: internal invariant
        assert all("total" in r for r in rows)
        return JsonResponse({"rows": rows})


def check_signature(payload, signature, verifier):
    # expect: assert-security
    assert verifier.verify(payload, signature)
    return payload


def apply_discount(invoice, pct):
    # safe: internal invariant on our own value
    assert 0 <= pct <= 100, pct
    invoice.total = invoice.total * (100 - pct) / 100
    return invoice


def require_role(user, role):
    # expect: assert-security
    assert role in user.roles, f"{user} lacks {role}"
