"""Campaign landing page (Django TemplateView)."""
from django.utils.safestring import mark_safe
from django.views.generic import TemplateView


class LandingView(TemplateView):
    template_name = "campaigns/landing.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        headline = self.request.GET.get("headline", "Welcome")
        # expect: xss
        ctx["headline"] = mark_safe(f"<h1 class='hero'>{headline}</h1>")
        return ctx
