from django.http import HttpResponseRedirect, JsonResponse, Http404
from django.views.decorators.http import require_POST

from . import l10n_utils
from .forms import NewsletterFooterForm
from .helpers import campaign_banner, campaign_banner_escaped, product_details_file, product_details_known
from .models import SecurityAdvisory
from .tasks import subscribe_later

ALLOWED_NEXT = {"/firefox/new/", "/newsletter/confirm/", "/newsletter/existing/"}


def firefox_new(request):
    banner = campaign_banner(request.utm_campaign) if request.utm_campaign else ""
    return l10n_utils.render(request, "firefox/new/download.html", {"banner": banner})


def firefox_new_escaped(request):
    return l10n_utils.render(request, "firefox/new/download.html", {"banner": campaign_banner_escaped(request.utm_campaign)})


def product_details_json(request, product):
    try:
        return JsonResponse(product_details_file(product))
    except FileNotFoundError:
        raise Http404


def product_details_json_known(request, product):
    data = product_details_known(product)
    if data is None:
        raise Http404
    return JsonResponse(data)


def advisories(request):
    product = request.GET.get("product", "firefox")
    since = request.GET.get("since")
    return JsonResponse({"advisories": SecurityAdvisory.objects.search(product, since)})


@require_POST
def newsletter_subscribe(request):
    form = NewsletterFooterForm(request.locale, request.POST)
    if not form.is_valid():
        return JsonResponse({"success": False, "errors": form.errors}, status=400)
    data = form.cleaned_data
    subscribe_later.delay(data["email"], data["newsletters"], data["lang"], request.utm_campaign)
    next_url = request.POST.get("next")
    if next_url:
        # expect: open-redirect
        return HttpResponseRedirect(next_url)
    return JsonResponse({"success": True})


@require_POST
def newsletter_subscribe_checked(request):
    next_url = request.POST.get("next", "/newsletter/confirm/")
    if next_url not in ALLOWED_NEXT:
        next_url = "/newsletter/confirm/"
    return HttpResponseRedirect("/%s%s" % (request.locale, next_url))
