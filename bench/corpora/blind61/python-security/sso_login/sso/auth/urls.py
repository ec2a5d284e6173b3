from urllib.parse import urljoin, urlparse

from flask import request

TRUSTED_HOSTS = {"login.example.com", "wiki.example.com", "grafana.example.com"}


def is_safe_redirect(target: str) -> bool:
    if not target:
        return False
    ref = urlparse(request.host_url)
    test = urlparse(urljoin(request.host_url, target))
    return test.scheme in ("http", "https") and (test.netloc == ref.netloc or test.hostname in TRUSTED_HOSTS)


def next_from_request(default="/"):
    """The page to return to after login: ?next=, then the form field, then the default."""
    return request.args.get("next") or request.form.get("next") or default
