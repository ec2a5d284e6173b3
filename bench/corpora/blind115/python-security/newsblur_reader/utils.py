import functools
import json

from django.http import HttpResponse, HttpResponseForbidden


def ajax_login_required(fn):
    @functools.wraps(fn)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return HttpResponseForbidden(json.dumps({"authenticated": False}))
        return fn(request, *args, **kwargs)

    return wrapper


def json_view(fn):
    @functools.wraps(fn)
    def wrapper(request, *args, **kwargs):
        result = fn(request, *args, **kwargs)
        if isinstance(result, HttpResponse):
            return result
        return HttpResponse(json.dumps(result), content_type="application/json")

    return wrapper


def get_argument_or_404(request, name):
    value = request.POST.get(name) or request.GET.get(name)
    if value is None:
        from django.http import Http404

        raise Http404(name)
    return value
