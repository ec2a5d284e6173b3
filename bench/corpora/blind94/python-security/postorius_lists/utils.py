from django.conf import settings
from mailmanclient import Client


def get_mailman_client():
    return Client(
        f"{settings.MAILMAN_REST_API_URL}/3.1",
        settings.MAILMAN_REST_API_USER,
        settings.MAILMAN_REST_API_PASS,
    )


def get_list_or_none(list_id):
    try:
        return get_mailman_client().get_list(list_id)
    except Exception:
        return None
