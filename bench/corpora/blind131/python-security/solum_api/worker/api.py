from solum_api.worker.handlers import shell


class API:
    def __init__(self, context):
        self.context = context
        self.handler = shell.Handler()

    def build_app(self, **kwargs):
        return self.handler.build(self.context, **kwargs)
