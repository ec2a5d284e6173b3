"""Form validation of REST requests: each field goes through a converter."""


class RESTError(ValueError):
    pass


def enum_validator(*choices):
    def convert(value):
        if value not in choices:
            raise ValueError(f"Accepted values are: {', '.join(choices)}")
        return value

    return convert


class Validator:
    def __init__(self, **converters):
        self._converters = converters

    def __call__(self, request):
        values = {}
        form = dict(request.params)
        if request.content_type and request.content_type.startswith("application/json"):
            form.update(request.get_media() or {})
        extras = set(form) - set(self._converters)
        if extras:
            raise RESTError("Unexpected parameters: {}".format(", ".join(sorted(extras))))
        for key, value in form.items():
            try:
                values[key] = self._converters[key](value)
            except ValueError as error:
                raise RESTError(f"Cannot convert parameters: {key}") from error
        return values
