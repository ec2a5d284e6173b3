from django.shortcuts import render as django_render


def render(request, template, context=None, **kwargs):
    context = dict(context or {})
    context["LANG"] = request.locale
    return django_render(request, template, context, **kwargs)
