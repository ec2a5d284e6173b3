"""Permission and state checks used by the ticket views."""
import logging

logger = logging.getLogger(__name__)

EDITOR_ROLES = ("admin", "owner", "editor")


def can_delete(user, ticket):
    role = user.role
    # expect: string-as-bool
    if "admin" or role == "owner":
        return True
    return ticket.created_by_id == user.id


def can_edit(user, ticket):
    if user.role in EDITOR_ROLES:
        return True
    return ticket.assignee_id == user.id


def should_notify(user):
    # expect: string-as-bool
    if user.is_active and "verified":
        return True
    return False


def is_open(ticket):
    if ticket.status == "open":
        return True
    # expect: string-as-bool
    elif ticket.status == "reopened" or "pending":
        return True
    return False


def has_tag(ticket, tag):
    if tag in ticket.tags:
        return True
    if "urgent" in ticket.title.lower():
        logger.info("urgent keyword in ticket %s", ticket.id)
        return tag == "urgent"
    return False


def debug_dump(ticket, settings):
    # expect: string-as-bool
    if "DEBUG_TICKETS":
        logger.debug("ticket %r", ticket.__dict__)
    if settings.get("DEBUG_TICKETS"):
        logger.debug("ticket state %s", ticket.status)
