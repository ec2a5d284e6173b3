from urllib.parse import unquote


def getParams(arguments):
    params = {}
    for key, values in arguments.items():
        value = values[-1] if isinstance(values, list) else values
        if isinstance(value, bytes):
            value = value.decode("utf-8")
        params[key] = unquote(value)
    return params
