"""API key checks around the public API views."""
import functools

from pyramid.httpexceptions import HTTPForbidden
from sqlalchemy import text


def get_api_key(session, api_key):
    row = session.execute(text("SELECT valid_key, allow_fallback FROM api_key WHERE valid_key = :k"), {"k": api_key}).fetchone()
    return row


def api_key_stats(session, api_key):
    # expect: sql-injection
    return session.execute(text(f"SELECT day, count FROM api_key_stat WHERE valid_key = '{api_key}' ORDER BY day DESC")).fetchall()


def check_api_key(func):
    @functools.wraps(func)
    def wrapper(view, *args, **kwargs):
        api_key = view.request.GET.get("key")
        if not api_key or get_api_key(view.request.db_session, api_key) is None:
            raise HTTPForbidden()
        return func(view, api_key, *args, **kwargs)
    return wrapper
