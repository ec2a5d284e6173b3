"""A helper's tuple unpacked item by item (issue 31): `where, params = self._where()` binds `where` to the
method's literal clauses and `params` to the request's values, so a query splicing only `where` is not an
injection and one splicing a request field still is (taint_tuple_returns)."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import load_config

_SERIALIZER = '''from django.db import connection
from rest_framework import serializers


class Query(serializers.Serializer):
    def _where(self):
        clauses = ["dataset_id = %s"]
        params = [self.validated_data["dataset_id"]]
        if self.validated_data.get("name"):
            clauses.append("name ILIKE %s")
            params.append(self.validated_data["name"])
        return " AND ".join(clauses), params

    def count(self):
        where, params = self._where()
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM document WHERE {where}", params)
            return cursor.fetchone()[0]

    def page(self):
        where, params = self._where()
        order = self.validated_data.get("order_by") or "id"
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id FROM document WHERE {where} ORDER BY {order}", params)
            return cursor.fetchall()
'''


def _sql_lines(tmp_path, text: str) -> list[int]:
    path = tmp_path / "serializers.py"
    path.write_text(text)
    report = Checker(load_config(path)).check_file(path)
    return sorted(f.sink_span.start_line + 1 for f in report.findings if f.rule == "python/security/tainted-sql")


def test_the_clauses_item_of_a_helpers_tuple_is_clean_and_a_request_field_is_not(tmp_path):
    assert _sql_lines(tmp_path, _SERIALIZER) == [24]


def test_a_tuple_whose_first_item_is_the_request_field_is_still_tainted(tmp_path):
    text = _SERIALIZER.replace('return " AND ".join(clauses), params',
                               'return self.validated_data.get("filter") or "true", params')
    assert _sql_lines(tmp_path, text) == [17, 24]


def test_a_helper_returning_its_parameter_in_the_tuple_keeps_the_whole_tuple_tainted(tmp_path):
    text = _SERIALIZER.replace("def _where(self):", "def _where(self, extra=None):").replace(
        'return " AND ".join(clauses), params', 'return extra or " AND ".join(clauses), params').replace(
        "where, params = self._where()\n        with", 'where, params = self._where(self.validated_data.get("x"))\n        with')
    assert _sql_lines(tmp_path, text) == [17, 24]
