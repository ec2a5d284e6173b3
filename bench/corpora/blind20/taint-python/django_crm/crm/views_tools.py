"""Admin tools: DNS lookups, formula fields and template previews."""
import subprocess

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse, JsonResponse
from django.template import Context, Engine, Template

from .helpers import get_param

ALLOWED_RECORDS = ("A", "AAAA", "MX", "TXT")


@staff_member_required
def dig(request):
    domain = get_param(request, "domain")
    rtype = get_param(request, "type", "A")
    rtype = rtype if rtype in ALLOWED_RECORDS else "A"
    # expect: command-injection
    out = subprocess.check_output(f"dig +short {rtype} {domain}", shell=True, text=True)
    return JsonResponse({"answer": out.split()})


@staff_member_required
def dig_args(request):
    rtype = get_param(request, "type", "A")
    out = subprocess.check_output(["dig", "+short", rtype if rtype in ALLOWED_RECORDS else "A", "--", get_param(request, "domain")], text=True)
    return JsonResponse({"answer": out.split()})


def preview(request):
    body = get_param(request, "body")
    # expect: template-injection
    tpl = Engine.get_default().from_string(body)
    return HttpResponse(tpl.render(Context({"user": request.user})))


def preview_fixed(request):
    tpl = Template("<p>{{ body }}</p>")
    return HttpResponse(tpl.render(Context({"body": get_param(request, "body")})))


def formula(request):
    expr = get_param(request, "expr")
    values = {"fields": [expr, "0"]}
    # expect: code-injection
    result = eval(values["fields"][0], {"__builtins__": {}})
    return JsonResponse({"result": result})


def formula_constant(request):
    values = {"fields": [get_param(request, "expr"), "1 + 1"]}
    return JsonResponse({"result": eval(values["fields"][1], {"__builtins__": {}})})
