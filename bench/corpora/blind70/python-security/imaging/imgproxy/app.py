"""Tornado application and routes."""
import tornado.web

from imgproxy.context import Context
from imgproxy.handlers.imaging import (
    CheckedMetadataHandler,
    ImagingHandler,
    MetadataHandler,
    ResultHandler,
    SafeImagingHandler,
    SourceFileHandler,
    StoredResultsHandler,
)

IMAGE_ROUTE = r"/(?:(?P<width>\d+)x(?P<height>\d+)/)?(?:filters:(?P<filters>[^/]+)/)?(?P<image>.+)"


def make_app():
    context = Context()
    kwargs = {"context": context}
    return tornado.web.Application(
        [
            (r"/results", StoredResultsHandler, kwargs),
            (r"/meta/(.+)", MetadataHandler, kwargs),
            (r"/meta2/(.+)", CheckedMetadataHandler, kwargs),
            (r"/result/(.+)", ResultHandler, kwargs),
            (r"/source/(.+)", SourceFileHandler, kwargs),
            (r"/safe" + IMAGE_ROUTE, SafeImagingHandler, kwargs),
            (IMAGE_ROUTE, ImagingHandler, kwargs),
        ]
    )
