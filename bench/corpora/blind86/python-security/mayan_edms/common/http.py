"""Return-URL helpers shared by the views (``?next=`` and ``?_return``)."""
from django.utils.http import url_has_allowed_host_and_scheme


class ReturnURLMixin:
    return_url_parameter = "next"

    def get_return_url(self):
        return self.request.GET.get(self.return_url_parameter) or self.request.POST.get(self.return_url_parameter, "")

    def get_safe_return_url(self, default="/"):
        url = self.get_return_url()
        if url and url_has_allowed_host_and_scheme(url, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()):
            return url
        return default
