"""Class-based views for the merchant dashboard."""
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.safestring import mark_safe, SafeString
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import ListView, TemplateView

from .models import Order


# expect: csrf-exempt
@method_decorator(csrf_exempt, name="dispatch")
class BulkUpdateView(View):
    def post(self, request):
        ids = request.POST.getlist("ids")
        Order.objects.filter(id__in=ids, merchant=request.user.merchant).update(status=request.POST["status"])
        return redirect("orders")


class OrderListView(ListView):
    model = Order
    paginate_by = 50

    def get_queryset(self):
        qs = super().get_queryset().filter(merchant=self.request.user.merchant)
        sort = self.request.GET.get("sort")
        if sort:
            # expect: sql-injection
            qs = qs.extra(order_by=[sort])
        return qs


class OrderExportView(View):
    def get(self, request):
        status = request.GET.get("status", "open")
        sql = "SELECT id, total FROM shop_order WHERE merchant_id = %s AND status = '" + status + "'"
        with connection.cursor() as cur:
            # expect: sql-injection
            cur.execute(sql, [request.user.merchant.id])
            rows = cur.fetchall()
        body = "\n".join(f"{r[0]},{r[1]}" for r in rows)
        return HttpResponse(body, content_type="text/csv")


class NoticeView(TemplateView):
    template_name = "dashboard/notice.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        notice = self.request.GET.get("notice", "")
        # expect: xss
        ctx["notice"] = mark_safe("<strong>%s</strong>" % notice)
        ctx["footer"] = mark_safe("&copy; Example Shop")
        return ctx


class ReturnView(View):
    def get(self, request):
        target = request.GET.get("to")
        # expect: open-redirect
        return HttpResponseRedirect(target)


class HelpView(View):
    def get(self, request):
        topic = request.GET.get("topic", "index")
        return redirect("help-topic", topic=topic)


class BadgeView(View):
    def get(self, request, label):
        # expect: xss
        return HttpResponse(SafeString(f"<span class='badge'>{label}</span>"))
