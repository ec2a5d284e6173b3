"""Generic helpers shared by the API views."""
import io
import re

from django.http import StreamingHttpResponse
from django.utils.text import slugify


def str2bool(text, test=True) -> bool:
    if test:
        return str(text).lower() in ["1", "y", "yes", "t", "true", "ok", "on"]
    return str(text).lower() in ["0", "n", "no", "none", "f", "false", "off"]


def isNull(text) -> bool:
    return str(text).strip().lower() in ["top", "null", "none", "empty", "false", "-1", ""]


def DownloadFile(data, filename: str, content_type: str = "application/text", inline: bool = False) -> StreamingHttpResponse:
    """Stream ``data`` to the client as a file called ``filename``."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    response = StreamingHttpResponse(io.BytesIO(data), content_type=content_type)
    disposition = "inline" if inline else "attachment"
    # expect: header-injection
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["Content-Length"] = len(data)
    return response


def safe_export_name(name: str, extension: str) -> str:
    base = slugify(name) or "export"
    return f"{base}.{re.sub(r'[^a-z0-9]', '', extension.lower()) or 'csv'}"
