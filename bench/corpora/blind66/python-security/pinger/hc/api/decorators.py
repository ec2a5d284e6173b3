"""API authentication by X-Api-Key, and CORS."""
import json
from functools import wraps

from django.http import HttpResponse, JsonResponse

from hc.accounts.models import Project


def error(msg, status=400):
    return JsonResponse({"error": msg}, status=status)


def authorize(f):
    @wraps(f)
    def wrapper(request, *args, **kwds):
        api_key = request.META.get("HTTP_X_API_KEY", "")
        if request.body and not api_key:
            try:
                api_key = str(json.loads(request.body.decode()).get("api_key", ""))
            except ValueError:
                return error("could not parse request body")
        if len(api_key) != 32:
            return error("missing api key", 401)
        try:
            request.project = Project.objects.get(api_key=api_key)
        except Project.DoesNotExist:
            return error("wrong api key", 401)
        return f(request, *args, **kwds)

    return wrapper


def cors(*methods):
    def decorator(f):
        @wraps(f)
        def wrapper(request, *args, **kwargs):
            if request.method == "OPTIONS":
                response = HttpResponse(status=204)
            else:
                response = f(request, *args, **kwargs)
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Headers"] = "X-Api-Key"
            response["Access-Control-Allow-Methods"] = ", ".join(methods)
            return response

        return wrapper

    return decorator
