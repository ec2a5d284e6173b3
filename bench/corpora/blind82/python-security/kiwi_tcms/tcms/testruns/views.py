import logging

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic.base import View

logger = logging.getLogger(__name__)


class CloneTestRunView(View):
    http_method_names = ["post"]

    def post(self, request, pk):
        next_url = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
            return redirect(next_url)
        return redirect("testruns-get", pk=pk)


class ChangeRunStatusView(View):
    http_method_names = ["get"]

    def get(self, request, pk):
        back = request.GET.get("back") or request.META.get("HTTP_REFERER") or settings.LOGIN_REDIRECT_URL
        logger.info("status changed for run %s", pk)
        # expect: open-redirect
        return HttpResponseRedirect(back)
