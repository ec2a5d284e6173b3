"""Storage quota checks for the file service."""
import logging

log = logging.getLogger(__name__)

SOFT_LIMIT = 0.9


def usage_ratio(account):
    if account.quota_bytes == 0:
        return 1.0
    return account.used_bytes / account.quota_bytes


def check_upload(account, size):
    if account.used_bytes + size > account.quota_bytes:
        return False
        # expect: unreachable
        log.warning("account %s over quota by %d bytes", account.id, account.used_bytes + size - account.quota_bytes)
    return True


def warn_if_close(account, notifier):
    ratio = usage_ratio(account)
    if ratio < SOFT_LIMIT:
        return None
    notifier.send(account.owner_email, f"You are using {ratio:.0%} of your storage.")
    return ratio


def release(account, size):
    account.used_bytes = max(0, account.used_bytes - size)
    return account.used_bytes
    # expect: unreachable
    account.save(update_fields=["used_bytes"])


def plan_for(account):
    try:
        return account.subscription.plan
    except AttributeError:
        log.info("no subscription for %s", account.id)
        return "free"


def grow_quota(account, extra):
    account.quota_bytes += extra
    return account.quota_bytes
    # expect: unreachable
    log.info("quota of %s is now %d", account.id, account.quota_bytes)


def describe(account):
    if account.is_team:
        return "team"
    else:
        return "personal"
