"""Order helpers shared by the shop views and the e-mail tasks."""
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.views.generic import DetailView

from .models import Comment, Order


def ensure_owner(request, order):
    # expect: extra-query
    if order.user.id != request.user.id:
        raise PermissionDenied


def commenter_ids(order_id):
    comments = Comment.objects.filter(order_id=order_id)
    # expect: extra-query
    return {c.user.id for c in comments}


def cached_cart_total(cart):
    # expect: extra-query
    key = "cart-total:%s" % cart.user.id
    total = cache.get(key)
    if total is None:
        total = sum(line.price for line in cart.lines.all())
        cache.set(key, total, 300)
    return total


class OrderDetailView(DetailView):
    model = Order

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        # expect: extra-query
        ctx["owner_id"] = self.object.user.id
        ctx["viewer_id"] = self.request.user.id
        return ctx


def same_owner(a, b):
    return a.user_id == b.user_id


def order_summary(order):
    return {
        "id": order.pk,
        "owner": order.user_id,
        "email": order.user.email,
    }
