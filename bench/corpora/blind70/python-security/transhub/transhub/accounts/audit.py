"""Audit log of account events."""
import ipaddress
import logging

from django.utils import timezone

logger = logging.getLogger("transhub.audit")


def get_ip_address(request):
    return request.META.get("REMOTE_ADDR", "")


def log_failed_login(request, username):
    address = get_ip_address(request)
    # expect: log-injection
    logger.warning("failed login for %s from %s", username, address)


def log_password_reset(request, user):
    raw = get_ip_address(request)
    try:
        address = str(ipaddress.ip_address(raw))
    except ValueError:
        address = "invalid"
    logger.info("password reset for user %d from %s at %s", user.pk, address, timezone.now().isoformat())
