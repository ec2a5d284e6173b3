"""Query result downloads."""
import csv
import io
import re

from flask import make_response, request
from flask_restful import abort

from querydash import settings
from querydash.handlers.base import BaseResource, get_object_or_404
from querydash.models import Query

ALLOWED_FILETYPES = ("csv", "tsv")


def _slugify(name):
    return re.sub(r"[^A-Za-z0-9_\-]+", "_", name)[:100] or settings.DEFAULT_EXPORT_NAME


class QueryResultExportResource(BaseResource):
    def get(self, query_id, filetype):
        query = get_object_or_404(Query.get_by_id_and_org, query_id, self.current_org)
        if filetype not in ALLOWED_FILETYPES:
            abort(400, message="unsupported file type")

        rows = query.data_source.query_runner.run_query(query.query_text)
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if filetype == "csv" else "\t")
        for row in rows:
            writer.writerow(row)

        response = make_response(buf.getvalue())
        response.headers["Content-Type"] = "text/csv; charset=UTF-8"

        download_name = request.args.get("filename")
        if download_name:
            # expect: header-injection
            response.headers["Content-Disposition"] = 'attachment; filename="{}.{}"'.format(download_name, filetype)
        else:
            response.headers["Content-Disposition"] = 'attachment; filename="{}.{}"'.format(_slugify(query.name), filetype)
        response.headers["X-Query-Id"] = str(query.id)
        return response
