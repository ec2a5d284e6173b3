"""Admin hook that runs a snippet against the ORM (Django)."""
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse


@staff_member_required
def run_snippet(request):
    snippet = request.POST.get("code", "")
    namespace = {}
    # expect: code-injection
    exec(compile(snippet, "<snippet>", "exec"), namespace)
    return JsonResponse({"result": repr(namespace.get("result"))})
