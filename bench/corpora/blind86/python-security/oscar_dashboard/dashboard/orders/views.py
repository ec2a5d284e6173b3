"""Order detail actions: notes and status changes, then back to the list."""
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import generic


class OrderDetailView(generic.DetailView):
    template_name = "oscar/dashboard/orders/order_detail.html"

    def post(self, request, *args, **kwargs):
        order_action = request.POST.get("order_action", "").lower()
        if order_action not in ("save_note", "delete_note", "change_order_status"):
            return self.reload_page()
        return getattr(self, order_action)(request)

    def reload_page(self):
        url = self.request.POST.get("redirect_url", "")
        if url_has_allowed_host_and_scheme(url, allowed_hosts={self.request.get_host()}):
            return redirect(url)
        return redirect("dashboard:order-list")

    def save_note(self, request):
        next_url = request.POST.get("next") if request.POST.get("next") else request.META.get("HTTP_REFERER", "/")
        # expect: open-redirect
        return redirect(next_url)

    def change_order_status(self, request):
        return redirect("dashboard:order-detail", number=int(request.POST.get("number", "0")))
