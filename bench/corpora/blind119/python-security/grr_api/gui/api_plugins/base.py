"""Base class of API call handlers."""


class ApiCallHandler:
    def __init__(self, args, token=None):
        self.args = args
        self.token = token

    def Handle(self, args, token=None):
        raise NotImplementedError
