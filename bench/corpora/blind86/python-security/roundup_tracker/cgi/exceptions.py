class Redirect(Exception):
    """Raised by an action; the client answers 302 with the value as Location."""


class SeriousError(Exception):
    pass
