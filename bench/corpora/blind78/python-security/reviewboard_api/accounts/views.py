"""Account views: user search for the auto-complete widget and the X.509 login."""
import logging

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from reviewboard_api.accounts.backends import LDAPBackend

logger = logging.getLogger(__name__)


@login_required
def user_search(request):
    query = request.GET.get("q", "")
    if len(query) < 2:
        return JsonResponse({"users": []})
    users = LDAPBackend().search_users(request, query)
    return JsonResponse({"users": users})


def x509_login(request):
    """Trust the client certificate's common name that the proxy passed on."""
    cn = request.META.get("HTTP_X_SSL_CLIENT_S_DN_CN", "")
    if not cn:
        return JsonResponse({"stat": "fail"}, status=401)
    # expect: trust-boundary
    request.session["x509_username"] = cn
    logger.info("X.509 login accepted")
    return JsonResponse({"stat": "ok"})


def x509_login_verified(request):
    if request.META.get("SSL_CLIENT_VERIFY") != "SUCCESS":
        return JsonResponse({"stat": "fail"}, status=401)
    request.session["x509_verified"] = True
    return JsonResponse({"stat": "ok"})
