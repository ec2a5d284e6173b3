"""Ownership checks and cache keys for comments, orders and profiles."""
from django.core.cache import cache
from django.core.exceptions import PermissionDenied

from .models import Comment, Order


def can_edit(request, comment_id):
    comment = Comment.objects.get(pk=comment_id)
    # expect: fk-extra-query
    if comment.user.id != request.user.pk:
        raise PermissionDenied
    return comment


def can_delete(request, comment_id):
    comment = Comment.objects.get(pk=comment_id)
    if comment.user_id != request.user.pk:
        raise PermissionDenied
    return comment


def buyer_ids(since):
    orders = Order.objects.filter(created_at__gte=since)
    # expect: fk-extra-query
    return sorted({o.user.id for o in orders})


def buyer_ids_fast(since):
    return sorted(set(Order.objects.filter(created_at__gte=since).values_list("user_id", flat=True)))


def profile_cache_key(profile):
    # expect: fk-extra-query
    return f"profile:{profile.user.id}:v2"


def owner_email(order):
    return order.user.email


def current_user_key(request):
    return f"prefs:{request.user.id}"


def clear_profile(profile):
    cache.delete(f"profile:{profile.user_id}:v2")
