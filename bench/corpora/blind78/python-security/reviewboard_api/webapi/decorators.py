"""Decorators for API resource methods (login checks and declared request fields)."""
import functools

from django.http import JsonResponse

INVALID_FORM_DATA = {"code": 105, "msg": "One or more fields had errors"}
NOT_LOGGED_IN = {"code": 103, "msg": "You are not logged in"}


def webapi_login_required(view_func):
    @functools.wraps(view_func)
    def _check(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return JsonResponse({"stat": "fail", "err": NOT_LOGGED_IN}, status=401)
        return view_func(self, request, *args, **kwargs)

    return _check


def webapi_request_fields(required=None, optional=None):
    """Copy the declared fields of the query string or form into keyword arguments."""
    required = required or {}
    optional = optional or {}

    def _dec(view_func):
        @functools.wraps(view_func)
        def _call(self, request, *args, **kwargs):
            source = request.POST if request.method == "POST" else request.GET
            missing = [name for name in required if name not in source]
            if missing:
                return JsonResponse({"stat": "fail", "err": INVALID_FORM_DATA, "fields": {m: ["This field is required"] for m in missing}}, status=400)
            for name, spec in {**required, **optional}.items():
                if name in source:
                    value = source.get(name)
                    if spec.get("type") is int:
                        try:
                            value = int(value)
                        except ValueError:
                            return JsonResponse({"stat": "fail", "err": INVALID_FORM_DATA}, status=400)
                    kwargs[name] = value
            return view_func(self, request, *args, **kwargs)

        return _call

    return _dec
