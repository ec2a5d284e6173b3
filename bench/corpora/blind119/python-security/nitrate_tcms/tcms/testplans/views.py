"""Test plan views: case import and comments."""
from django.contrib.auth.decorators import login_required, permission_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme

from nitrate_tcms.tcms.testplans import importer
from nitrate_tcms.tcms.testplans.models import TestPlan, Comment


@permission_required("testcases.add_testcase")
def import_cases(request, plan_id):
    plan = get_object_or_404(TestPlan, pk=int(plan_id))
    upload = request.FILES["xml_file"]
    if request.POST.get("format") == "nitrate-1":
        cases = importer.parse_legacy_cases(upload.read())
    else:
        cases = importer.parse_cases(upload.read())
    plan.add_cases(cases)
    return JsonResponse({"imported": len(cases)})


@login_required
def post_comment(request):
    Comment.objects.create(plan_id=int(request.POST["plan_id"]), user=request.user, comment=request.POST["comment"])
    next_url = request.POST.get("next", "/plans/")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return redirect(next_url)
    return redirect("/plans/")
