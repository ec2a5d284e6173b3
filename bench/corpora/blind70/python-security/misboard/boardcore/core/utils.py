"""Return paths and other request utilities."""
from django.utils.http import url_has_allowed_host_and_scheme


def clean_return_path(request):
    return_path = request.POST.get("return_path") or request.META.get("HTTP_REFERER", "")
    if not url_has_allowed_host_and_scheme(return_path, allowed_hosts={request.get_host()}):
        return None
    return return_path


def get_exception_message(exception=None, default_message=None):
    if not exception or not exception.args:
        return default_message
    return exception.args[0]
