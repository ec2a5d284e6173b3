"""Per-request values kept on a thread-local, for code far from the view."""
import threading

_local = threading.local()


def set_request_meta(client_ip, user_agent):
    _local.client_ip = client_ip
    _local.user_agent = user_agent


def get_client_ip():
    return getattr(_local, "client_ip", "")


def get_user_agent():
    return getattr(_local, "user_agent", "")


def clear():
    _local.__dict__.clear()
