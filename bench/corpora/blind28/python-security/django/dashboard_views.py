from django.shortcuts import render
from django.template import Context, Template
from django.template.loader import get_template

from .models import Order

SITE_NAME = "Storefront"
SUPPORT_EMAIL = "support@shop.example.com"


def dashboard(request):
    orders = Order.objects.filter(user=request.user)[:10]
    # expect: template-injection
    return render(request, "dashboard/index.html", globals())


def order_history(request):
    ctx = globals()
    ctx["orders"] = Order.objects.filter(user=request.user)
    # expect: template-injection
    return render(request, "dashboard/history.html", ctx)


def banner(request):
    tpl = Template(request.user.profile.banner_template)
    # expect: template-injection
    return tpl.render(Context(globals()))


def help_page(request):
    # expect: template-injection
    return render(request, "dashboard/help.html", context=globals(), status=200)


def about(request):
    return render(request, "dashboard/about.html", {"site_name": SITE_NAME, "support": SUPPORT_EMAIL})


def receipts(request):
    base = {"site_name": SITE_NAME}
    return render(request, "dashboard/receipts.html", {**base, "orders": Order.objects.filter(user=request.user)})


def footer(request):
    return get_template("dashboard/footer.html").render({"support": SUPPORT_EMAIL}, request)
