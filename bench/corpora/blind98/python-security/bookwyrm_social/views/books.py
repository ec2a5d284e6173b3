"""Book pages: import by remote id, edit cover, language switch."""
from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views import View

from ..connectors import manager
from .helpers import get_next, redirect_to_referer


class CoverForm(forms.Form):
    cover_url = forms.CharField(required=False)
    alt_text = forms.CharField(required=False, max_length=255)


@method_decorator(login_required, name="dispatch")
class ResolveBook(View):
    def post(self, request):
        remote_id = request.POST.get("remote_id")
        data = manager.resolve_remote_id(remote_id)
        return redirect(f"/book/{data.get('id', '')}")


@method_decorator(login_required, name="dispatch")
class ResolveBookChecked(View):
    def post(self, request):
        data = manager.get_public_data(request.POST.get("remote_id", ""))
        return redirect(f"/book/{data.get('id', '')}")


@method_decorator(login_required, name="dispatch")
class EditCover(View):
    def post(self, request, book_id):
        form = CoverForm(request.POST)
        if not form.is_valid():
            return redirect_to_referer(request)
        url = form.cleaned_data["cover_url"]
        image = manager.download_cover(url) if url else None
        request.session["cover_size"] = len(image or b"")
        return redirect(f"/book/{book_id}")


def set_language(request):
    request.session["lang"] = request.POST.get("language", "en")[:5]
    next_page = get_next(request)
    # expect: open-redirect
    return redirect(next_page)


def cover_caption(request, book_id):
    alt = request.GET.get("alt", "")
    return HttpResponse(format_html("<figcaption>{}</figcaption>", alt))


def review_preview(request):
    text = request.POST.get("content", "")
    quote = request.POST.get("quote") or "(no quote)"
    # expect: xss
    return HttpResponse(mark_safe(f"<blockquote class='quote'>{quote}</blockquote><p>{len(text)} characters</p>"))
