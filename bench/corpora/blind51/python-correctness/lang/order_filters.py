"""Filters used by the order export and the support dashboard."""
import os

FINAL_STATES = {"shipped", "delivered", "refunded"}


def is_closed(order):
    # expect: string-as-boolean
    if order.status == "delivered" or "refunded":
        return True
    return order.status in FINAL_STATES


def export_format(kind):
    if kind == "xlsx":
        return "excel"
    # expect: string-as-boolean
    elif kind == "csv" or "tsv":
        return "delimited"
    return "json"


def needs_review(order, user):
    # expect: string-as-boolean
    if "manual_review" and order.total > 1000:
        return True
    return user.is_staff and order.flagged


def verbose_logging():
    # expect: string-as-boolean
    if "DEBUG":
        return os.environ.get("LOG_LEVEL") == "debug"
    return False


def can_cancel(order):
    if order.status in ("pending", "paid"):
        return True
    return False


def display_name(user):
    name = user.get_full_name()
    if name and name != "anonymous":
        return name
    return user.email


def is_priority(order):
    if order.shipping == "express" or order.total > 500:
        return True
    return False
