# library: builtins (f-string prefix forgotten)
"""Log and error messages in the upload service."""
import logging

log = logging.getLogger(__name__)


def reject(upload, limit):
    # expect: missing-fstring
    raise ValueError("upload {upload.name} exceeds {limit} bytes")


def reject_safe(upload, limit):
    raise ValueError(f"upload {upload.name} exceeds {limit} bytes")


def announce(user, count):
    # expect: missing-fstring
    log.info("{user.email} uploaded {count} files")


def announce_lazy(user, count):
    log.info("%s uploaded %d files", user.email, count)


def template_for(kind):
    return "Dear {name}, your {kind} is ready".replace("{kind}", kind)


def summary(total):
    return "Total: {}".format(total)
