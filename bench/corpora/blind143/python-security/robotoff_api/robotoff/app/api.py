"""Falcon resources of the insight API."""
import html
from pathlib import Path

import falcon

from robotoff import settings
from robotoff.app import core
from robotoff.workers.queues import enqueue_job
from robotoff.workers.tasks import import_image, refresh_product


def _dataset_file(name):
    # expect: path-traversal
    return open(settings.DATASET_DIR / name, "rb")


class InsightCollection:
    def on_get(self, req: falcon.Request, resp: falcon.Response):
        barcode = req.get_param("barcode")
        value_tag = req.get_param("value_tag")
        order_by = req.get_param("order_by")
        if not order_by:
            order_by = "timestamp"
        count = req.get_param_as_int("count", min_value=1, max_value=500) or 25
        filters = {"barcode": barcode, "value_tag": value_tag}
        resp.media = {"insights": core.get_insights(order_by=order_by, count=count, **filters)}


class ImagePredictionImporterResource:
    def on_post(self, req: falcon.Request, resp: falcon.Response):
        body = req.get_media()
        barcode = body["barcode"]
        enqueue_job(import_image, job_kwargs={"barcode": barcode, "image_url": body["image_url"]})
        resp.media = {"status": "scheduled"}


class ProductRefreshResource:
    def on_post(self, req, resp):
        barcode = req.get_param("barcode", required=True)
        enqueue_job(refresh_product, job_kwargs={"barcode": barcode, "image_id": req.get_param_as_int("image_id")})
        resp.media = {"status": "scheduled"}


class DatasetDumpResource:
    def on_get(self, req, resp):
        name = req.get_param("dataset") or "predictions.jsonl.gz"
        resp.stream = _dataset_file(name)
        resp.content_type = "application/gzip"


class SafeDatasetDumpResource:
    def on_get(self, req, resp):
        name = Path(req.get_param("dataset") or "predictions.jsonl.gz").name
        resp.stream = _dataset_file(name)


class InsightPreviewResource:
    def on_get(self, req, resp, barcode):
        comment = req.get_param("comment", default="")
        resp.content_type = falcon.MEDIA_HTML
        # expect: xss
        resp.text = f"<h2>Product {html.escape(barcode)}</h2><p>{comment}</p>"


class SafeInsightPreviewResource:
    def on_get(self, req, resp, barcode):
        comment = req.get_param("comment", default="")
        resp.content_type = falcon.MEDIA_HTML
        resp.text = f"<h2>Product {html.escape(barcode)}</h2><p>{html.escape(comment)}</p>"


api = falcon.App()
api.add_route("/api/v1/insights", InsightCollection())
api.add_route("/api/v1/images/import", ImagePredictionImporterResource())
api.add_route("/api/v1/products/refresh", ProductRefreshResource())
api.add_route("/api/v1/dump", DatasetDumpResource())
api.add_route("/api/v1/dump/safe", SafeDatasetDumpResource())
api.add_route("/api/v1/insights/preview/{barcode}", InsightPreviewResource())
api.add_route("/api/v1/insights/preview-safe/{barcode}", SafeInsightPreviewResource())
