class MonQTask:
    queue = []

    @classmethod
    def post(cls, func, args, kwargs):
        cls.queue.append((func, args, kwargs))
        return len(cls.queue)

    @classmethod
    def run_ready(cls):
        while cls.queue:
            func, args, kwargs = cls.queue.pop(0)
            func(*args, **kwargs)
