"""REQ/has_request_variables: view arguments filled from the request."""
import json
from functools import wraps
from inspect import signature

from zerver.lib.exceptions import JsonableError

NotSpecified = object()


class REQ:
    def __init__(self, whence=None, *, default=NotSpecified, converter=None, json_validator=None):
        self.post_var_name = whence
        self.default = default
        self.converter = converter
        self.json_validator = json_validator


def has_request_variables(view_func):
    params = [(name, p.default) for name, p in signature(view_func).parameters.items() if isinstance(p.default, REQ)]

    @wraps(view_func)
    def _wrapped_view_func(request, *args, **kwargs):
        for name, req in params:
            var_name = req.post_var_name or name
            if var_name in request.POST:
                val = request.POST[var_name]
            elif var_name in request.GET:
                val = request.GET[var_name]
            elif req.default is not NotSpecified:
                kwargs[name] = req.default
                continue
            else:
                raise JsonableError(f"Missing '{var_name}' argument")
            if req.json_validator is not None:
                try:
                    val = req.json_validator(var_name, json.loads(val))
                except ValueError:
                    raise JsonableError(f"Argument '{var_name}' is not valid JSON.")
            elif req.converter is not None:
                val = req.converter(var_name, val)
            kwargs[name] = val
        return view_func(request, *args, **kwargs)

    return _wrapped_view_func


def check_list(sub_validator):
    def f(var_name, val):
        if not isinstance(val, list):
            raise ValueError(f"{var_name} is not a list")
        return [sub_validator(f"{var_name}[{i}]", item) for i, item in enumerate(val)]

    return f


def check_dict_only(var_name, val):
    if not isinstance(val, dict):
        raise ValueError(f"{var_name} is not a dict")
    return val


def to_non_negative_int(var_name, s):
    x = int(s)
    if x < 0:
        raise ValueError(f"{var_name} is negative")
    return x
