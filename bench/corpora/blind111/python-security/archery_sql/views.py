"""sql/query-style function views: POST form values into engines and helpers."""
import json

from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse, JsonResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .binlog import Binlog2Sql, soar_fingerprint, sqladvisor_check
from .engines.base import get_engine
from .models import Instance, QueryLog


def _instance(request):
    instance_name = request.POST.get("instance_name")
    return Instance.objects.get(instance_name=instance_name)


@permission_required("sql.menu_query", raise_exception=True)
def describe(request):
    instance = _instance(request)
    db_name = request.POST.get("db_name")
    tb_name = request.POST.get("tb_name")
    query_engine = get_engine(instance=instance)
    rs = query_engine.describe_table(db_name, tb_name)
    QueryLog.record(request, instance, db_name, request.POST.get("sql_content") or f"show create table {tb_name}")
    return JsonResponse({"rows": rs.rows})


@permission_required("sql.menu_query", raise_exception=True)
def table_rows(request):
    instance = _instance(request)
    rows = get_engine(instance).get_table_rows(request.POST["db_name"], request.POST["tb_name"])
    return JsonResponse({"rows": rows})


@permission_required("sql.menu_binlog2sql", raise_exception=True)
def binlog2sql(request):
    instance = _instance(request)
    args = {
        "host": instance.host,
        "start-file": request.POST.get("start_file"),
        "start-datetime": request.POST.get("start_time") or "",
        "databases": " ".join(json.loads(request.POST.get("only_schemas", "[]"))),
        "only-dml": "" if request.POST.get("only_dml") != "true" else "true",
    }
    p = Binlog2Sql().execute(args)
    return JsonResponse({"data": p.stdout.read()})


@permission_required("sql.optimize_sqladvisor", raise_exception=True)
def optimize_sqladvisor(request):
    instance = _instance(request)
    db_name = request.POST.get("db_name")
    sql_content = request.POST.get("sql_content")
    verbose = request.POST.get("verbose", 1)
    return JsonResponse({"data": sqladvisor_check(instance, db_name, sql_content, verbose)})


def fingerprint(request):
    return JsonResponse({"data": soar_fingerprint(request.POST.get("sql_content", ""))})


def querylog_detail(request, log_id):
    log = QueryLog.objects.get(pk=int(log_id))
    # expect: xss
    return HttpResponse(mark_safe(f"<pre class='sql'>{log.sqllog}</pre>"))


def querylog_title(request, log_id):
    log = QueryLog.objects.get(pk=int(log_id))
    return HttpResponse(mark_safe(f"<h4>{escape(log.db_name)}</h4>"))
