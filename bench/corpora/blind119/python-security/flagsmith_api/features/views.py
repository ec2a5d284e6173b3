"""Feature evaluation analytics view (DRF api_view)."""
from django.db import connection
from rest_framework.decorators import api_view
from rest_framework.response import Response


def _evaluations(environment_id, feature_name, period):
    with connection.cursor() as cursor:
        if feature_name is None:
            cursor.execute("SELECT feature_name, SUM(evaluation_count) FROM feature_evaluation_raw WHERE environment_id = %s "
                           "AND created_at > now() - (%s || ' days')::interval GROUP BY feature_name", [environment_id, period])
        else:
            # expect: sql-injection
            cursor.execute(f"SELECT feature_name, SUM(evaluation_count) FROM feature_evaluation_raw WHERE environment_id = %s AND feature_name = '{feature_name}' GROUP BY feature_name", [environment_id])
        return cursor.fetchall()


@api_view(["GET"])
def get_usage_data(request, environment_id):
    params = {"feature": request.query_params.get("feature_name"), "period": int(request.query_params.get("period", 30))}
    rows = _evaluations(int(environment_id), feature_name=params["feature"], period=params["period"])
    return Response([{"feature": r[0], "count": r[1]} for r in rows])
