"""Hooks the site registers with the CMS; the CMS calls them while serving pages."""
from django.shortcuts import redirect
from wagtail import hooks

from pagesite.core.utils import device_or_default

DEVICES = ("desktop", "tablet", "mobile")


@hooks.register("before_serve_page")
def remember_preview_device(page, request, serve_args, serve_kwargs):
    device = request.GET.get("device")
    if device:
        request.session["preview_device"] = device_or_default(device)


@hooks.register("before_serve_page")
def remember_campaign(page, request, serve_args, serve_kwargs):
    campaign = request.GET.get("utm_campaign")
    if campaign:
        # expect: trust-boundary
        request.session["campaign"] = campaign


@hooks.register("before_serve_page")
def follow_short_link(page, request, serve_args, serve_kwargs):
    target = request.GET.get("go")
    if target:
        # expect: open-redirect
        return redirect(target)
    return None


@hooks.register("before_serve_page")
def follow_internal_link(page, request, serve_args, serve_kwargs):
    slug = request.GET.get("to")
    if slug and slug.isidentifier():
        return redirect(f"/{slug}/")
    return None
