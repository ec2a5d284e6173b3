"""Dashboard pages of the staff area."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.template import Context, Template
from django.template.loader import get_template

from .models import Order, Ticket


@login_required
def dashboard(request):
    orders = Order.objects.filter(owner=request.user)[:20]
    tickets = Ticket.objects.open_for(request.user)
    # expect: locals-context
    return render(request, "staff/dashboard.html", locals())


@login_required
def ticket_detail(request, pk):
    ticket = Ticket.objects.get(pk=pk)
    comments = ticket.comments.all()
    context = locals()
    # expect: locals-context
    return render(request, "staff/ticket.html", context)


class Widget:
    source = "<p>{{ title }}: {{ count }}</p>"

    def html(self, title, count):
        # expect: locals-context
        return Template(self.source).render(Context(locals()))


@login_required
def orders(request):
    orders = Order.objects.filter(owner=request.user)
    return render(request, "staff/orders.html", {"orders": orders})


def footer(year):
    return get_template("staff/footer.html").render({"year": year})


def debug_vars(request):
    names = sorted(locals())
    return render(request, "staff/debug.html", {"names": names})
