from django.http import HttpResponse, JsonResponse


def json_success(request, data=None):
    payload = {"result": "success", "msg": ""}
    payload.update(data or {})
    return JsonResponse(payload)


def json_error(msg, status=400):
    return JsonResponse({"result": "error", "msg": msg}, status=status)


def json_method_not_allowed(methods):
    resp = HttpResponse(status=405)
    resp["Allow"] = ", ".join(methods)
    return resp
