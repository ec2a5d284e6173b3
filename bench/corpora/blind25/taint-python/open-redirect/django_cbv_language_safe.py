"""Language switch that returns to the referring page (Django View), host-checked."""
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


class SetLanguageView(View):
    def post(self, request):
        request.session["lang"] = request.POST.get("lang", "en")[:5]
        back = request.POST.get("back") or "/"
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = "/"
        return redirect(back)
