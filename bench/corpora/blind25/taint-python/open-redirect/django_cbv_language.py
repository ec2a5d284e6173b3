"""Language switch that returns to the referring page (Django View)."""
from django.shortcuts import redirect
from django.views import View


class SetLanguageView(View):
    def post(self, request):
        request.session["lang"] = request.POST.get("lang", "en")[:5]
        back = request.POST.get("back") or request.META.get("HTTP_REFERER", "/")
        # expect: open-redirect
        return redirect(back)
