"""Stand-in for trove.common.wsgi."""


class Controller:
    pass


class Result:
    def __init__(self, data, status):
        self.data = data
        self.status = status
