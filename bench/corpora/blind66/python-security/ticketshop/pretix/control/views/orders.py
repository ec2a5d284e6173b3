"""Backend order list and bank statement import."""
from django.contrib import messages
from django.shortcuts import redirect
from django.views.generic import FormView, ListView

from pretix.base.models import Order
from pretix.base.services.bankimport import parse_camt, parse_camt_safely
from pretix.control.forms import BankImportForm, OrderFilterForm
from pretix.control.middleware import EventPermissionRequiredMixin

ORDERING_FIELDS = {"code": "code", "-code": "-code", "total": "total", "-total": "-total", "datetime": "datetime"}


class OrderList(EventPermissionRequiredMixin, ListView):
    model = Order
    permission = "can_view_orders"
    template_name = "pretixcontrol/orders/index.html"
    paginate_by = 50

    def get_queryset(self):
        qs = Order.objects.filter(event=self.request.event)
        form = OrderFilterForm(data=self.request.GET)
        if not form.is_valid():
            return qs.none()
        fdata = form.cleaned_data
        if fdata.get("status"):
            qs = qs.filter(status=fdata["status"])
        if fdata.get("query"):
            u = fdata["query"]
            # expect: sql-injection
            qs = qs.extra(where=[f"(email LIKE '%%{u}%%' OR code LIKE '%%{u}%%')"])
        ordering = ORDERING_FIELDS.get(fdata.get("ordering") or "", "-datetime")
        return qs.order_by(ordering)


class OrderSearch(EventPermissionRequiredMixin, ListView):
    model = Order
    permission = "can_view_orders"
    template_name = "pretixcontrol/orders/search.html"

    def get_queryset(self):
        u = self.request.GET.get("query", "")
        qs = Order.objects.filter(event__organizer=self.request.organizer)
        if u:
            qs = qs.extra(where=["(email LIKE %s OR code LIKE %s)"], params=[f"%{u}%", f"%{u}%"])
        return qs


class BankImportView(EventPermissionRequiredMixin, FormView):
    permission = "can_change_orders"
    form_class = BankImportForm
    template_name = "pretixcontrol/orders/bankimport.html"

    def form_valid(self, form):
        raw = form.cleaned_data["file"].read()
        if self.request.POST.get("legacy_parser") == "1":
            transactions = parse_camt(raw)
        else:
            transactions = parse_camt_safely(raw)
        messages.success(self.request, "%d transactions imported." % len(transactions))
        return redirect("control:event.orders", organizer=self.request.organizer.slug, event=self.request.event.slug)
