from django.http import HttpResponse, JsonResponse
from django.utils.html import format_html, format_html_join, escape
from django.utils.safestring import mark_safe as safe
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST
from django.utils.decorators import method_decorator
from django.views import View
from django.contrib.auth.decorators import login_required

from .models import Order


# expect: csrf-exempt
@csrf_exempt
@require_POST
def update_cart(request):
    order = Order.objects.get(pk=request.POST["order"], owner=request.user)
    order.quantity = int(request.POST["qty"])
    order.save()
    return JsonResponse({"ok": True})


@csrf_protect
@login_required
def cancel_order(request, pk):
    Order.objects.filter(pk=pk, owner=request.user).update(status="cancelled")
    return JsonResponse({"ok": True})


# expect: csrf-exempt
@method_decorator(csrf_exempt, name="dispatch")
class AddressView(View):
    def post(self, request):
        request.user.profile.address = request.POST["address"]
        request.user.profile.save()
        return JsonResponse({"ok": True})


def order_badge(order):
    # expect: xss
    return safe("<span class='badge'>%s</span>" % order.customer_note)


def order_badge_ok(order):
    return format_html("<span class='badge'>{}</span>", order.customer_note)


def static_icon():
    return safe('<svg class="icon"><use href="#cart"></use></svg>')


def order_rows(orders):
    return format_html_join("\n", "<li>{} ({})</li>", ((o.title, o.quantity) for o in orders))


def order_title(order):
    # expect: xss
    return format_html(f"<h2>{order.title}</h2>")


def order_link(order):
    # expect: xss
    return format_html("<a href='/orders/{}'>" + order.title + "</a>", order.pk)


def order_summary(order):
    return safe("<b>%s</b>" % escape(order.title))
