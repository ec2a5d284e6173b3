import base64
import os

from django.conf import settings
from django.utils.text import get_valid_filename
from modernrpc.core import REQUEST_KEY, rpc_method

from ...core.models import TestCase
from ..decorators import permissions_required

SORTABLE = ("pk", "summary", "create_date", "priority")


@permissions_required("testcases.view_testcase")
@rpc_method(name="TestCase.filter")
def filter(query=None, **kwargs):  # noqa: A001 - the RPC method name
    query = query or {}
    order = query.pop("order_by", "pk")
    if order not in SORTABLE:
        order = "pk"
    text = query.pop("text__contains", None)
    qs = TestCase.objects.all().order_by(order)
    if text:
        # expect: sql-injection
        qs = qs.extra(where=[f"text LIKE '%%{text}%%'"])
    summary = query.pop("summary__icontains", None)
    if summary:
        qs = qs.extra(where=["summary ILIKE %s"], params=[f"%{summary}%"])
    return list(qs.values("pk", "summary"))


@permissions_required("attachments.add_attachment")
@rpc_method(name="TestCase.add_attachment")
def add_attachment(case_id, filename, b64content, **kwargs):
    upload_dir = os.path.join(settings.MEDIA_ROOT, "attachments", "testcases", str(int(case_id)))
    os.makedirs(upload_dir, exist_ok=True)
    # expect: path-traversal
    with open(os.path.join(upload_dir, filename), "wb") as fh:
        fh.write(base64.b64decode(b64content))
    return {"filename": filename}


@permissions_required("attachments.add_attachment")
@rpc_method(name="TestPlan.add_attachment")
def add_plan_attachment(plan_id, filename, b64content, **kwargs):
    upload_dir = os.path.join(settings.MEDIA_ROOT, "attachments", "testplans", str(int(plan_id)))
    safe_name = get_valid_filename(os.path.basename(filename))
    with open(os.path.join(upload_dir, safe_name), "wb") as fh:
        fh.write(base64.b64decode(b64content))
    return {"filename": safe_name}
