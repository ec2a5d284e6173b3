import json
import logging
from functools import wraps

from django.http import JsonResponse

LOG = logging.getLogger(__name__)


def api_error_handler(func):
    @wraps(func)
    def decorator(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except Exception as e:
            LOG.exception("Error running %s", func.__name__)
            return JsonResponse({"status": -1, "message": str(e)})
    return decorator


def check_document_access_permission(func):
    @wraps(func)
    def decorator(request, *args, **kwargs):
        notebook = json.loads(request.POST.get("notebook", "{}"))
        request.notebook = notebook
        request.snippet = json.loads(request.POST.get("snippet", "{}"))
        return func(request, *args, **kwargs)
    return decorator
