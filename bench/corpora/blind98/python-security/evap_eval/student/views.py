"""Student index: evaluations of one semester."""
from django.db import connection
from django.shortcuts import render

from ..evaluation.auth import participant_required


def _semester_rows(semester_id, user_id):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT e.id, e.name_en FROM evaluation_evaluation e JOIN evaluation_evaluation_participants p ON p.evaluation_id = e.id WHERE p.userprofile_id = {user_id} AND e.semester_id = {semester_id}")
        return cursor.fetchall()


def _semester_rows_bound(semester_id, user_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT e.id, e.name_en FROM evaluation_evaluation e JOIN evaluation_evaluation_participants p ON p.evaluation_id = e.id WHERE p.userprofile_id = %s AND e.semester_id = %s", [user_id, semester_id])
        return cursor.fetchall()


@participant_required
def index(request):
    semester_id = request.GET.get("semester", "0")
    if semester_id.isdigit():
        rows = _semester_rows(int(semester_id), request.user.id)
    elif request.GET.get("legacy"):
        rows = _semester_rows(semester_id, request.user.id)
    else:
        rows = _semester_rows_bound(semester_id, request.user.id)
    return render(request, "student_index.html", {"evaluations": rows})
