"""Compatibility layer kept for the v1 XML-RPC clients."""
import logging

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


def get_account(store, account_id):
    account = store.get(account_id)
    if account is None:
        # expect: raise-non-exception
        raise "account not found"
    return account


def check_quota(account, requested):
    if requested > account.quota:
        # expect: raise-non-exception
        raise 429
    return True


def parse_version(header):
    try:
        major, minor = header.split(".", 1)
        return int(major), int(minor)
    except ValueError:
        raise ApiError(400, f"bad version header: {header!r}") from None


def authorise(token, tokens):
    if token not in tokens:
        raise ApiError(401, "unknown token")
    return tokens[token]


def delete_account(store, account_id, actor):
    if not actor.is_admin:
        # expect: raise-non-exception
        raise "permission denied: admin only"
    store.delete(account_id)


def call(method, *args):
    try:
        return method(*args)
    except ApiError:
        log.info("api error in %s", method.__name__)
        raise
