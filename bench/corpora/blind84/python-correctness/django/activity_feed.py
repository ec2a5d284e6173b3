"""Activity feed and moderation helpers (Django)."""
from django.db.models import Q
from django.http import HttpResponseForbidden, JsonResponse

from .models import Comment, Order, Post


def feed(request):
    posts = Post.objects.filter(published=True).order_by("-created_at")[:50]
    # expect: foreign-key-query
    authors = {p.user.id for p in posts}
    return JsonResponse({"authors": sorted(authors), "count": len(posts)})


def can_edit(request, comment_id):
    comment = Comment.objects.get(pk=comment_id)
    # expect: foreign-key-query
    if comment.user.id != request.user.id and not request.user.is_staff:
        return HttpResponseForbidden()
    return JsonResponse({"ok": True})


def serialize_order(order):
    return {
        "id": order.id,
        # expect: foreign-key-query
        "customer": order.user.id,
        "total": str(order.total),
    }


def orders(request):
    rows = Order.objects.filter(Q(status="open") | Q(status="paid"))[:100]
    return JsonResponse({"orders": [serialize_order(o) for o in rows]})


def owner_ids(comments):
    ids = []
    for comment in comments:
        # expect: foreign-key-query
        ids.append(comment.user.id)
    return ids


def my_orders(request):
    rows = Order.objects.filter(user_id=request.user.id)
    return JsonResponse({"ids": [o.id for o in rows]})


def order_owner(order):
    return order.user_id


class CommentView:
    def dispatch(self, request, comment):
        if comment.user_id != self.request.user.id:
            return HttpResponseForbidden()
        return JsonResponse({"id": comment.id})
