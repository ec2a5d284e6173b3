from django.http import HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

from djangocms_site.cms_plugins import preview_plugin_markup


def toolbar_off(request):
    target = request.toolbar.return_path or "/"
    request.session["cms_edit"] = False
    # expect: open-redirect
    return HttpResponseRedirect(target)


def toolbar_on(request):
    target = request.toolbar.return_path or "/"
    request.session["cms_edit"] = True
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return HttpResponseRedirect(target)


def plugin_preview(request):
    return HttpResponse(preview_plugin_markup(request))
