"""How a call to the model failed: ``ProviderError`` and its kinds, the open breaker and a
cancelled call, and :func:`classify`, which turns an SDK's exception (either SDK, duck-typed)
into one, with what the provider said made plain and short (the provider is untrusted).
"""

from __future__ import annotations

import email.utils
import json
import time

from postil.analyzers.llm.context_window import CONTEXT_REFUSAL, window_said
from postil.core.plain_text import message


class ProviderError(Exception):
    """A call that failed; ``kind`` is timeout | connection | rate_limit | server | auth |
    bad_request | context_length | output_limit | content_filter | invalid_response | circuit_open | cancelled |
    not_configured.
    ``window``: the context window a context_length refusal named."""

    def __init__(self, message: str, kind: str, status: int | None = None, retry_after: float | None = None,
                 window: int | None = None):
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.retry_after = retry_after
        self.window = window
        self.attempts = 1  # HTTP calls made before giving up
        self.notices: list[str] = []  # what the provider adapted to on the way (said once by the caller)

    @property
    def retryable(self) -> bool:
        return self.kind in ("timeout", "connection", "unreachable", "rate_limit", "server")

    @property
    def about_the_request(self) -> bool:
        """The server answered, refusing this request: it is up (the circuit breaker counts no failure)."""
        return self.kind in ("bad_request", "context_length", "output_limit", "content_filter")


class CircuitOpen(ProviderError):
    def __init__(self, remaining: float):
        super().__init__(f"LLM calls paused after repeated failures; retrying in {remaining:.0f}s "
                         "(rules keep working)", "circuit_open")
        self.remaining = remaining


class Cancelled(ProviderError):
    def __init__(self):
        super().__init__("review cancelled", "cancelled")


def _retry_after(headers) -> float | None:
    if headers is None:
        return None
    try:
        ms = headers.get("retry-after-ms")
        if ms:
            return max(0.0, float(ms) / 1000)
        value = headers.get("retry-after")
        if not value:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(value)
            return max(0.0, parsed.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError):
        return None


def classify(exc: Exception) -> ProviderError:
    """An SDK exception as a ProviderError (duck-typed: both SDKs share the shape)."""
    if isinstance(exc, ProviderError):
        return exc
    name = type(exc).__name__
    if type(exc).__module__.startswith("httpx"):  # raised while the answer is read, past the SDK's wrapping
        if "Timeout" in name:
            return ProviderError(f"the provider did not answer in time ({exc})", "timeout")
        if name == "ConnectError":
            return ProviderError(f"cannot reach the provider: {exc}", "unreachable")
        return ProviderError(f"the provider's answer was cut off ({_one_line(str(exc)) or name})", "connection")
    if name == "APITimeoutError" or isinstance(exc, TimeoutError):
        return ProviderError(f"the provider did not answer in time ({exc})", "timeout")
    if name == "APIConnectionError" or isinstance(exc, ConnectionError):
        # no connection at all (refused, no route, DNS) means the provider is down; a reset or a
        # cut answer on a connection that was made is a fault of this one call
        cause = exc.__cause__ or exc.__context__
        refused = isinstance(exc, ConnectionRefusedError) or type(cause).__name__ == "ConnectError"
        return ProviderError(f"cannot reach the provider: {exc}", "unreachable" if refused else "connection")
    status = getattr(exc, "status_code", None)
    if isinstance(status, int):
        response = getattr(exc, "response", None)
        retry_after = _retry_after(getattr(response, "headers", None))
        said = _provider_says(exc)
        if 400 <= status < 500 and CONTEXT_REFUSAL.search(said):
            return ProviderError(f"the request is longer than the model's context window (HTTP {status}: {said})",
                                 "context_length", status, window=window_said(f"{said} {_error_body(exc)}"))
        if status == 429:
            return ProviderError(f"the provider is rate limiting requests (HTTP 429{': ' + said if said else ''})",
                                 "rate_limit", status, retry_after)
        if status >= 500 or status in (408, 409):
            return ProviderError(f"the provider answered HTTP {status}{f' ({said})' if said else ''}", "server", status,
                                 retry_after)
        if 300 <= status < 400:
            location = message(str(getattr(response, "headers", {}).get("location", "")), 200)
            return ProviderError(f"the provider answered with a redirect (HTTP {status}{' to ' + location if location else ''}):"
                                 " postil sends code only to the configured base-url; set base-url to the new address"
                                 " if you trust it", "bad_request", status)
        if status in (401, 403):
            return ProviderError(f"the provider refused the API key (HTTP {status})", "auth", status)
        return ProviderError(f"the provider rejected the request (HTTP {status}{': ' + said if said else ''})",
                             "bad_request", status)
    return ProviderError(f"the provider's answer could not be read ({_one_line(str(exc)) or name})", "invalid_response")


def _provider_says(exc: Exception) -> str:
    """The message in a provider's error answer, plain and short ("" if none): the provider is
    untrusted, and the SDK's own text for it is a Python dict's repr."""
    body = getattr(exc, "body", None)
    inner = body.get("error", body) if isinstance(body, dict) else body
    text = inner.get("message") if isinstance(inner, dict) else inner
    return _one_line(text) if isinstance(text, str) else ""


def _error_body(exc: Exception) -> str:
    """The whole error answer as JSON text ("" if none): llama.cpp puts ``n_ctx`` beside the message."""
    body = getattr(exc, "body", None)
    try:
        return json.dumps(body) if body is not None else ""
    except (TypeError, ValueError):
        return ""


def _one_line(text: str) -> str:
    return message(" ".join(text.split()), 200)
