"""Campaign landing page (Django TemplateView), format_html."""
from django.utils.html import format_html
from django.views.generic import TemplateView


class LandingView(TemplateView):
    template_name = "campaigns/landing.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        headline = self.request.GET.get("headline", "Welcome")
        ctx["headline"] = format_html("<h1 class='hero'>{}</h1>", headline)
        return ctx
