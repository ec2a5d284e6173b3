from django.shortcuts import redirect
from django.views.generic import View

from mayan_edms.common.http import ReturnURLMixin


class DocumentTrashView(ReturnURLMixin, View):
    def post(self, request, *args, **kwargs):
        return redirect(self.get_safe_return_url(default="/documents/"))


class DocumentRestoreView(ReturnURLMixin, View):
    return_url_parameter = "_return"

    def post(self, request, *args, **kwargs):
        # expect: open-redirect
        return redirect(self.get_return_url() or "/documents/")
