"""Numbers shown on the staff dashboard."""
from datetime import timedelta

from django.utils import timezone

from .models import Order, Ticket, User


def paid_orders_today():
    start = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    # expect: use-count
    return len(Order.objects.filter(status="paid", paid_at__gte=start))


def open_ticket_badge():
    # expect: use-count
    total = len(Ticket.objects.filter(state="open").exclude(assignee=None))
    return f"{total} open" if total else ""


def active_users():
    # expect: use-count
    return len(User.objects.filter(is_active=True).all())


def refunds_this_week():
    since = timezone.now() - timedelta(days=7)
    return Order.objects.filter(status="refunded", updated_at__gte=since).count()


def has_overdue_tickets():
    return Ticket.objects.filter(state="open", due__lt=timezone.now()).exists()


def latest_orders_table(limit=25):
    rows = list(Order.objects.select_related("customer").order_by("-created_at")[:limit])
    return {"count": len(rows), "rows": [(o.pk, o.customer.email, o.total) for o in rows]}
