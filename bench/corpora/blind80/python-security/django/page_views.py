"""Marketing pages rendered from the CMS."""
from django.shortcuts import render
from django.template import Context, Template, engines
from django.template.loader import get_template

from .models import Page

SITE_NAME = "Acme Outdoor"
SUPPORT_EMAIL = "help@acme-outdoor.example"


def landing(request):
    page = Page.objects.get(slug="landing")
    # expect: code-injection
    return render(request, "pages/landing.html", globals())


def campaign(request, slug):
    page = Page.objects.get(slug=slug)
    context = globals()
    context.update({"page": page})
    # expect: code-injection
    return render(request, "pages/campaign.html", context)


def cms_snippet(request, slug):
    page = Page.objects.get(slug=slug)
    template = Template(page.body)
    # expect: code-injection
    html = template.render(Context(globals()))
    return render(request, "pages/snippet.html", {"html": html})


def preview(request, slug):
    page = Page.objects.get(slug=slug)
    tpl = Template(page.body)
    ctx = globals()
    # expect: code-injection
    return render(request, "pages/preview.html", {"body": tpl.render(Context(ctx))})


def about(request):
    return render(request, "pages/about.html", {"site_name": SITE_NAME, "support_email": SUPPORT_EMAIL})


def footer(request):
    context = {"site_name": SITE_NAME, "year": 2026}
    return render(request, "partials/footer.html", context)


def jinja_teaser(request):
    env = engines["jinja2"]
    return env.from_string("<p>{{ site }}</p>").render({"site": SITE_NAME}, request)


def legal(request):
    return get_template("pages/legal.html").render({"support_email": SUPPORT_EMAIL}, request)
