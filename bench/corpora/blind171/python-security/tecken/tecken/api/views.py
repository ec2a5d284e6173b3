# This Source Code Form is subject to the terms of the Mozilla Public
# License, v. 2.0. If a copy of the MPL was not distributed with this
# file, You can obtain one at https://mozilla.org/MPL/2.0/.

from django import http
from django.db import connection

from tecken.base.decorators import api_login_required

ORDER_COLUMNS = {"created": "created_at", "size": "size", "files": "file_count"}


@api_login_required
def uploads(request):
    """List the user's uploads, newest first unless asked otherwise."""
    order_by = ORDER_COLUMNS.get(request.GET.get("order_by", "created"), "created_at")
    direction = "ASC" if request.GET.get("asc") == "1" else "DESC"
    limit = min(int(request.GET.get("limit", 50)), 500)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, filename, size, file_count, created_at FROM upload_upload "
            f"WHERE user_id = %s ORDER BY {order_by} {direction} LIMIT %s",
            [request.user.id, limit],
        )
        rows = cursor.fetchall()
    return http.JsonResponse({"uploads": [list(r) for r in rows]})


@api_login_required
def uploads_by_filename(request):
    name = request.GET.get("filename", "")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, filename, created_at FROM upload_upload WHERE filename LIKE %s",
            [f"%{name}%"],
        )
        rows = cursor.fetchall()
    return http.JsonResponse({"uploads": [list(r) for r in rows]})


@api_login_required
def files_in_upload(request, upload_id):
    ext = request.GET.get("ext", "sym")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT key, size FROM upload_fileupload WHERE upload_id = %s AND key LIKE '%.{ext}'", [int(upload_id)])
        rows = cursor.fetchall()
    return http.JsonResponse({"files": [list(r) for r in rows]})
