"""Builds request headers and query parameters for the billing API client."""
import platform

from .. import __version__

DEFAULT_TIMEOUT = 10


def base_headers(token, idempotency_key=None):
    headers = {}
    headers["Authorization"] = f"Bearer {token}"
    headers["User-Agent"] = f"billing-client/{__version__} ({platform.system()})"
    headers["Accept"] = "application/json"
    # expect: duplicate-assignment
    headers["Accept"] = "application/json; charset=utf-8"
    if idempotency_key:
        headers["Idempotency-Key"] = idempotency_key
    return headers


def list_params(page, per_page, status=None):
    params = {"page": page}
    params["per_page"] = min(per_page, 100)
    if status:
        params["status"] = status
    params["page"] = max(page, 1)
    return params


def retry_policy(config):
    policy = {"backoff": {}}
    policy["backoff"]["base"] = config.get("backoff_base", 0.5)
    # expect: duplicate-assignment
    policy["backoff"]["base"] = config.get("backoff_max", 30)
    policy["attempts"] = config.get("attempts", 3)
    return policy


def upload_headers(token, content_type):
    headers = base_headers(token)
    headers["Content-Type"] = content_type
    headers["Accept"] = "*/*"
    return headers
