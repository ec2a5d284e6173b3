"""Instructor dashboard API: exports and the student progress lookup."""
import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from edx_courseware import tasks

log = logging.getLogger(__name__)
User = get_user_model()


@login_required
@require_POST
def export_course(request, course_id):
    output_name = request.POST.get("output_name") or course_id.split("+")[-1]
    task = tasks.export_olx.delay(course_id, output_name)
    return JsonResponse({"task_id": task.id})


@login_required
@require_POST
def export_course_safe(request, course_id):
    task = tasks.export_olx_safe.delay(course_id, request.POST.get("output_name", "course"))
    return JsonResponse({"task_id": task.id})


@login_required
def get_student_progress_url(request, course_id):
    identifier = request.GET.get("unique_student_identifier", "")
    if "@" in identifier:
        users = User.objects.raw("SELECT id, username FROM auth_user WHERE email = %s", [identifier])
    else:
        # expect: sql-injection
        users = User.objects.raw("SELECT id, username FROM auth_user WHERE username = '%s'" % identifier)
    user = next(iter(users), None)
    if user is None:
        return JsonResponse({"error": "Could not find student"}, status=400)
    return JsonResponse({"progress_url": f"/courses/{course_id}/progress/{user.id}/"})
