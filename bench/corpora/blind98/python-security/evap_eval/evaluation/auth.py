"""Access decorators in the style of evaluation/auth.py."""
import functools

from django.core.exceptions import PermissionDenied


def user_passes_test(test_func):
    def decorator(view_func):
        @functools.wraps(view_func)
        def wrapped(request, *args, **kwargs):
            if not test_func(request.user):
                raise PermissionDenied
            return view_func(request, *args, **kwargs)
        return wrapped
    return decorator


def manager_required(view_func):
    return user_passes_test(lambda user: user.is_authenticated and getattr(user, "is_manager", False))(view_func)


def participant_required(view_func):
    return user_passes_test(lambda user: user.is_authenticated)(view_func)
