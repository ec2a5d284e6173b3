"""Plugin hooks: tenants can upload small Python snippets for webhooks."""
import textwrap
import types

from django.http import JsonResponse
from django.views import View

DEFAULT_HOOK = "def hook(event):\n    return event\n"


class HookPreviewView(View):
    def post(self, request):
        code = request.POST["code"]
        namespace = {}
        # expect: code-injection
        exec(code, namespace)
        return JsonResponse({"names": sorted(namespace)})


class HookCompileView(View):
    def post(self, request):
        body = textwrap.dedent(request.POST.get("body", ""))
        # expect: code-injection
        code_obj = compile(body, "<hook>", "exec")
        module = types.ModuleType("hook")
        # expect: code-injection
        exec(code_obj, module.__dict__)
        return JsonResponse({"ok": True})


class HookRunView(View):
    def post(self, request):
        src = "result = " + request.POST["expression"]
        scope = {}
        # expect: code-injection
        exec(src, {}, scope)
        return JsonResponse({"result": scope.get("result")})


def load_default_hook():
    # safe: constant source
    namespace = {}
    exec(DEFAULT_HOOK, namespace)
    return namespace["hook"]


def check_syntax(source):
    # safe: parse only, nothing is executed
    import ast
    ast.parse(source)
    return True
