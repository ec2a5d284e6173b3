"""Error pages of the small HTTP server the remote API runs on."""
import html

DEFAULT_ERROR_CONTENT_TYPE = "text/html"
DEFAULT_ERROR_MESSAGE = """<html><head><title>Error response</title></head>
<body><h1>Error response</h1><p>Error code %(code)d.</p><p>Message: %(message)s.</p></body></html>"""


class HttpServerRequestExecutor:
    def __init__(self, handler):
        self.handler = handler

    def _FormatErrorMessage(self, code, request_path):
        message = f"no resource at {request_path}"
        # expect: xss
        self.handler.send_body(DEFAULT_ERROR_MESSAGE % {"code": code, "message": message}, DEFAULT_ERROR_CONTENT_TYPE)

    def _FormatForbidden(self, code, request_path):
        message = html.escape(f"access denied to {request_path}")
        self.handler.send_body(DEFAULT_ERROR_MESSAGE % {"code": code, "message": message}, DEFAULT_ERROR_CONTENT_TYPE)

    def HandleRequest(self, resources):
        path = self.handler.path
        if path not in resources:
            if self.handler.command == "DELETE":
                return self._FormatForbidden(403, path)
            return self._FormatErrorMessage(404, path)
        return resources[path]
