"""Command base class, shaped on mailpile.commands.Command."""


class UrlRedirectException(Exception):
    def __init__(self, url):
        super().__init__(url)
        self.url = url


class Command:
    HTTP_CALLABLES = ("GET", "POST")
    HTTP_QUERY_VARS = {}

    def __init__(self, session, arg=None, data=None):
        self.session = session
        self.args = arg.split() if arg else []
        self.data = data or {}

    def _one(self, key, default=None):
        return (self.data.get(key) or [default])[0]

    def run(self):
        return self.command()
