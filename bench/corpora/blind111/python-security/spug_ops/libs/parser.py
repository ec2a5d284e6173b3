"""A JsonParser/Argument pair: checks presence and type, keeps the strings it is given."""
import json


class AttrDict(dict):
    def __getattr__(self, item):
        return self.get(item)


class ParseError(Exception):
    pass


class Argument:
    def __init__(self, name, type=str, required=True, default=None, filter=None, help=None):
        self.name = name
        self.type = type
        self.required = required
        self.default = default
        self.filter = filter
        self.help = help

    def parse(self, has_key, value):
        if not has_key:
            if self.required and self.default is None:
                raise ParseError(self.help or f"missing {self.name}")
            return self.default
        if self.type is list and not isinstance(value, list):
            raise ParseError(self.help)
        if self.type in (int, float):
            value = self.type(value)
        if self.filter and not self.filter(value):
            raise ParseError(self.help)
        return value


class JsonParser:
    def __init__(self, *args):
        self.args = args

    def parse(self, data):
        form, error = AttrDict(), None
        try:
            body = json.loads(data) if isinstance(data, (str, bytes)) else dict(data)
            for arg in self.args:
                form[arg.name] = arg.parse(arg.name in body, body.get(arg.name))
        except (ParseError, ValueError) as e:
            error = str(e)
        return form, error
