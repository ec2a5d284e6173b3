"""Cart actions in the shop front."""
from django.contrib import messages
from django.views import View

from pretix.helpers.http import redirect_to_url, safe_redirect


def _event_kwargs(request):
    return {"organizer": request.organizer.slug, "event": request.event.slug}


class CartAdd(View):
    def post(self, request, *args, **kwargs):
        items = [(k[5:], v) for k, v in request.POST.items() if k.startswith("item_") and v.isdigit()]
        request.session.setdefault("cart", []).extend(items)
        messages.success(request, "The products have been added to your cart.")
        return safe_redirect(request, request.GET.get("next"), **_event_kwargs(request))


class CartClear(View):
    def post(self, request, *args, **kwargs):
        request.session["cart"] = []
        target = request.POST.get("next") or request.GET.get("next")
        if not target:
            return safe_redirect(request, None, **_event_kwargs(request))
        return redirect_to_url(target)
