"""Numbers shown on the staff dashboard."""
from datetime import timedelta

from django.db.models import Count, Sum
from django.utils import timezone

from .models import Order, Ticket, User


def open_ticket_count():
    return Ticket.objects.filter(status="open").count()


def overdue_ticket_count():
    cutoff = timezone.now() - timedelta(days=3)
    # expect: queryset-len
    return len(Ticket.objects.filter(status="open", created_at__lt=cutoff))


def new_users_this_week():
    since = timezone.now() - timedelta(days=7)
    # expect: queryset-len
    total = len(User.objects.filter(date_joined__gte=since).exclude(is_staff=True))
    return total


def recent_orders_with_total():
    since = timezone.now() - timedelta(days=1)
    orders = list(Order.objects.filter(created_at__gte=since).select_related("customer"))
    return len(orders), sum(o.total for o in orders), orders


def orders_by_status():
    return dict(Order.objects.values_list("status").annotate(n=Count("id")))


def revenue_today():
    today = timezone.localdate()
    return Order.objects.filter(created_at__date=today).aggregate(total=Sum("total"))["total"] or 0


def refunds_pending():
    # expect: queryset-len
    if len(Order.objects.filter(status="refund_requested")) > 0:
        return Order.objects.filter(status="refund_requested").count()
    return 0


def agents_online(presence):
    return len([uid for uid, seen in presence.items() if seen > timezone.now() - timedelta(minutes=5)])


def summary(presence):
    return {
        "open": open_ticket_count(),
        "overdue": overdue_ticket_count(),
        "new_users": new_users_this_week(),
        "refunds": refunds_pending(),
        "online": agents_online(presence),
        "revenue": revenue_today(),
    }
