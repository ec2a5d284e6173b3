"""Numbers for the staff dashboard."""
from django.db.models import Q

from .models import Order, Ticket, Customer


def open_orders():
    # expect: use-count
    return len(Order.objects.filter(status="open"))


def urgent_tickets(team):
    # expect: use-count
    urgent = len(Ticket.objects.filter(team=team).exclude(closed=True).all())
    return urgent


class StatsPanel:
    def customers_with_orders(self, since):
        # expect: use-count
        return len(Customer.objects.filter(orders__created__gte=since).distinct().select_related("account"))

    def refunds(self):
        # expect: use-count
        qs = Order.objects.filter(Q(status="refunded") | Q(status="partial_refund"))
        return len(qs)


def open_orders_fast():
    return Order.objects.filter(status="open").count()


def open_orders_with_rows():
    orders = list(Order.objects.filter(status="open").only("id", "total"))
    return len(orders), sum(o.total for o in orders)
