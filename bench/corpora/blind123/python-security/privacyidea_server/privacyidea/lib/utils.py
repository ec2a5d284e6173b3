"""Small helpers of the API layer."""
from privacyidea.lib.error import ParameterError


def getParam(param, key, optional=True, default=None, allowed_values=None):
    ret = param.get(key, default)
    if ret is None and not optional:
        raise ParameterError("Missing parameter: %s" % key)
    if allowed_values and ret not in allowed_values:
        ret = default
    return ret
