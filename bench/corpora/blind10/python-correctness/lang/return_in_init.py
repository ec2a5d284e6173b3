# library: builtins (__init__ returning a value)
"""Connection wrappers for the job runner."""


class Runner:
    def __init__(self, pool, size):
        self.pool = pool
        self.size = size
        if size <= 0:
            # expect: return-in-init
            return False


class Client:
    def __init__(self, url):
        if not url:
            raise ValueError("url is required")
        self.url = url
        # expect: return-in-init
        return self.connect()

    def connect(self):
        return self


class Lazy:
    def __init__(self, loader):
        self.loader = loader
        if loader is None:
            return
        self.value = None

    @classmethod
    def create(cls, loader):
        return cls(loader)
