import logging

log = logging.getLogger(__name__)


def welcome(user):
    # expect: format-mismatch
    return "Welcome {}, you have {} new messages".format(user.name)


def summary(n, total):
    # expect: format-mismatch
    return "%d of %d items, %s" % (n, total)


def footer(user, n):
    return "Signed in as {} ({} messages)".format(user.name, n)


def log_sync(n, total):
    log.info("synced %d of %d", n, total)


def percent(n):
    return "%d%%" % n
