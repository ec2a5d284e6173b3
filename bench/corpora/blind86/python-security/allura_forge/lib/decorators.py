import functools


def task(func):
    """Make ``func.post(*args)`` queue the call (a MonQ task)."""

    @functools.wraps(func)
    def post(*args, **kwargs):
        from allura_forge.model.monq import MonQTask
        return MonQTask.post(func, args, kwargs)

    func.post = post
    return func
