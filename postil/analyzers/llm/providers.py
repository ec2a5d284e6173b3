"""Calls to the model: OpenAI Chat Completions, Anthropic Messages, OpenAI-compatible servers.

The SDKs are imported only inside the first call (``import anthropic`` alone costs a
second), without their optional aiohttp transport (:func:`import_sdk`). Retries are ours, not the SDKs' (``max_retries=0``), so that backoff honours
``Retry-After``, a circuit breaker sees every failure, and a cancelled review stops
waiting at once. Concurrency is bounded per provider. How a call failed is in
``provider_errors``, the breaker in ``circuit_breaker``, cancelling in ``cancel_token``.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from postil.analyzers.llm.answer_size import AnswerSize
from postil.analyzers.llm.cancel_token import CancelToken
from postil.analyzers.llm.circuit_breaker import CircuitBreaker
from postil.analyzers.llm.provider_errors import Cancelled, CircuitOpen, ProviderError, classify
from postil.analyzers.llm.response_format import ResponseFormat, for_settings
from postil.config.environment import LLMSettings

NO_KEY = "postil-no-key"  # the openai SDK refuses to start without a key; local servers ignore it
SERVER_GONE = ("unreachable", "connection")  # failures that say the server is not there
PROBE_EVERY = 5.0  # seconds between checks whether a server that was gone answers again
_IMPORTING = threading.Lock()


def import_sdk(name: str):
    """The provider SDK ``name``, imported without its optional aiohttp transport when aiohttp
    is not loaded yet: postil calls synchronously, and aiohttp is a third of the openai SDK's
    import time (on the critical path of a review). An SDK that needs aiohttp after all is
    imported as it is."""
    import importlib
    import sys

    with _IMPORTING:
        if name in sys.modules or "aiohttp" in sys.modules:
            return importlib.import_module(name)
        sys.modules["aiohttp"] = None  # the SDK's `try: import aiohttp` takes its except branch
        try:
            return importlib.import_module(name)
        except ImportError:
            pass
        finally:
            if sys.modules.get("aiohttp", 0) is None:
                del sys.modules["aiohttp"]
        return importlib.import_module(name)

@dataclass
class Request:
    system: str
    user: str
    schema: dict
    model: str
    schema_name: str = "report_findings"
    max_output_tokens: int = 2048
    temperature: float = 0.0


@dataclass
class Response:
    text: str  # the model's text (JSON expected)
    data: dict | list | None  # structured output when the API returned it parsed (Anthropic tool use)
    input_tokens: int
    output_tokens: int
    model: str
    latency: float
    attempts: int = 1
    retry_waits: list[float] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # what the provider adapted to on the way


class Provider:
    """One configured provider: ``complete(request, cancel)`` with retries, breaker, bounds."""

    def __init__(self, settings: LLMSettings, *, breaker: CircuitBreaker | None = None,
                 response_format: ResponseFormat | None = None,
                 sleep: Callable[[float, CancelToken | None], bool] | None = None,
                 backoff_base: float = 0.5, backoff_max: float = 8.0, max_retry_after: float = 60.0) -> None:
        if settings.provider == "none":
            raise ProviderError("no LLM provider configured (set [tool.postil.llm] provider or POSTIL_LLM_PROVIDER)",
                                "not_configured")
        self.settings = settings
        config = settings.config
        self.breaker = breaker or CircuitBreaker(config.breaker_failures, config.breaker_cooldown)
        self.format = response_format or for_settings(settings)
        self._sleep = sleep or self._default_sleep
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.max_retry_after = max_retry_after
        self._slots = threading.BoundedSemaphore(config.concurrency)
        self._client = None
        self._client_lock = threading.Lock()
        self._probed_at: float | None = None

    @staticmethod
    def _default_sleep(seconds: float, cancel: CancelToken | None) -> bool:
        if cancel is not None:
            return cancel.wait(seconds)
        time.sleep(seconds)
        return False

    # -- public ------------------------------------------------------------------
    def complete(self, request: Request, cancel: CancelToken | None = None) -> Response:
        """The model's answer, after up to ``retries`` retries on 429/5xx/timeouts.
        Raises ProviderError (CircuitOpen, Cancelled, ...)."""
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        try:
            self.breaker.before_call()
        except CircuitOpen:
            if not (self.breaker.gone and self._answers_again()):
                raise
            self.breaker.end_pause()
            self.breaker.before_call()
        retries = self.settings.config.retries
        waits: list[float] = []
        notices: list[str] = []
        attempt = 0
        stream = True
        while True:
            attempt += 1
            used = self.format.current
            try:
                response = self._attempt(request, cancel, stream)
            except ProviderError as error:
                if isinstance(error, Cancelled):
                    raise
                notice = self.format.step_down(error.status, str(error), used)
                if notice is not None:  # the server refused the output form: the next one, not a retry
                    notices.extend([notice] if notice else [])
                    attempt -= 1
                    continue
                error.notices = notices
                # a connection cut before any answer may be a server that cannot stream its refusal
                # (llama-cpp-python past its context window): the retry asks without streaming
                stream = stream and error.kind != "connection"
                if error.retryable and attempt <= retries:
                    delay = self._delay(error, attempt)
                    waits.append(delay)
                    if self._sleep(delay, cancel):
                        raise Cancelled() from None
                    continue
                if error.about_the_request:
                    self.breaker.success()
                else:
                    self.breaker.failure(gone=error.kind in SERVER_GONE)
                error.attempts = attempt
                raise
            self.breaker.success()
            response.attempts = attempt
            response.retry_waits = waits
            response.notices = notices
            return response

    def _answers_again(self) -> bool:
        """Whether the server answers anything at all now (one cheap GET, at most every
        ``PROBE_EVERY`` seconds): a server that was gone and is back need not wait out the pause."""
        import httpx

        now = time.monotonic()
        if self._probed_at is not None and now - self._probed_at < PROBE_EVERY:
            return False
        self._probed_at = now
        base = self.settings.endpoint.rstrip("/")
        try:
            httpx.get(f"{base}/v1/models" if self.settings.provider == "anthropic" else f"{base}/models", timeout=2.0)
        except httpx.HTTPError:
            return False
        return True

    def _delay(self, error: ProviderError, attempt: int) -> float:
        if error.retry_after is not None:
            return min(error.retry_after, self.max_retry_after)
        return min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1)) * (0.5 + random.random() / 2)

    # -- one attempt -------------------------------------------------------------
    def _attempt(self, request: Request, cancel: CancelToken | None, stream: bool = True) -> Response:
        with self._slots:
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            try:
                self.client()  # importing the SDK (a second or so, once) is not the provider's time
            except Exception as exc:
                raise classify(exc) from exc
            started = time.perf_counter()
            response = self._call_cancellable(request, cancel, stream)
            response.latency = time.perf_counter() - started
            return response

    def _call_cancellable(self, request: Request, cancel: CancelToken | None, stream: bool = True) -> Response:
        """Run the call in a helper thread so a cancellation returns at once, with a deadline
        on the whole exchange: the SDKs' ``timeout`` bounds each socket read, so a provider
        trickling its answer would otherwise hold the review for as long as it likes. The
        answer is streamed: once the caller gives up (cancelled, or past the deadline) the
        helper closes the stream at the next piece, which closes the connection, and a model
        server stops generating for nobody. Past the deadline the client is closed too (ending
        a trickle inside one piece) and the call fails as a timeout."""
        box: dict = {}
        done = threading.Event()
        given_up = threading.Event()
        limit = self.settings.config.timeout
        deadline = time.monotonic() + limit

        def run() -> None:
            try:
                box["response"] = self._call(request, given_up, stream)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                box["error"] = exc
            finally:
                done.set()

        threading.Thread(target=run, name="postil-llm-call", daemon=True).start()
        try:
            while not done.wait(0.05 if cancel is not None else max(0.0, deadline - time.monotonic())):
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
                if time.monotonic() >= deadline:
                    self._drop_client()
                    raise ProviderError(f"the provider did not answer in time (no complete answer within {limit:g} s)",
                                        "timeout")
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
        except ProviderError:
            given_up.set()
            raise
        if "error" in box:
            raise box["error"]
        return box["response"]

    def _call(self, request: Request, given_up: threading.Event, stream: bool = True) -> Response:
        try:
            if self.settings.provider == "anthropic":
                return self._anthropic(request, given_up)
            return self._openai(request, given_up) if stream else self._openai_unstreamed(request)
        except ProviderError:
            raise
        except Exception as exc:
            raise classify(exc) from exc

    def _drop_client(self) -> None:
        """Close the SDK client (its connections, so an abandoned request ends); the
        next call makes a new one."""
        with self._client_lock:
            client, self._client = self._client, None
        if client is not None:
            try:
                client.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                pass

    def client(self):
        with self._client_lock:
            if self._client is None:
                s = self.settings
                timeout = s.config.timeout
                # never a redirect: its target would get the code the user agreed to send to base-url
                # (the SDKs follow them; httpx drops only the key on the way)
                if s.provider == "anthropic":
                    anthropic = import_sdk("anthropic")
                    self._client = anthropic.Anthropic(api_key=s.api_key or NO_KEY, base_url=s.base_url,
                                                       timeout=timeout, max_retries=0,
                                                       http_client=anthropic.DefaultHttpxClient(follow_redirects=False))
                else:
                    openai = import_sdk("openai")
                    self._client = openai.OpenAI(api_key=s.api_key or NO_KEY, base_url=s.base_url,
                                                 timeout=timeout, max_retries=0,
                                                 http_client=openai.DefaultHttpxClient(follow_redirects=False))
            return self._client

    # -- the requests, as sent ---------------------------------------------------
    def body(self, request: Request) -> tuple[str, dict]:
        """The URL a call of ``request`` goes to and the JSON body sent there, exactly."""
        base = self.settings.endpoint.rstrip("/")
        if self.settings.provider == "anthropic":
            return f"{base}/v1/messages", self._anthropic_body(request)
        return f"{base}/chat/completions", self._openai_body(request)

    def _openai_body(self, request: Request) -> dict:
        body: dict = {
            "model": request.model,
            "messages": [{"role": "system", "content": request.system}, {"role": "user", "content": request.user}],
            "temperature": request.temperature,
            "stream": True,  # so that giving up closes the connection (and the server stops generating)
        }
        if self.settings.provider == "openai":
            body["stream_options"] = {"include_usage": True}  # local servers report usage unasked, or not at all
        response_format = self.format.parameter(request.schema_name, request.schema)
        if response_format is not None:
            body["response_format"] = response_format
        if self.settings.provider == "openai":
            body["max_completion_tokens"] = request.max_output_tokens
        else:  # local servers know the older name
            body["max_tokens"] = request.max_output_tokens
        return body

    def _anthropic_body(self, request: Request) -> dict:
        body = {
            "model": request.model, "max_tokens": request.max_output_tokens,
            # the system text (with the project's guidelines) is the same in every request: cache it
            "system": [{"type": "text", "text": request.system, "cache_control": {"type": "ephemeral"}}],
            "messages": [{"role": "user", "content": request.user}],
            "tools": [{"name": request.schema_name, "description": "Report the review findings.",
                       "input_schema": request.schema}],
            "tool_choice": {"type": "tool", "name": request.schema_name},
            "stream": True,  # so that giving up closes the connection
        }
        # anthropic 2.x has no ``temperature`` argument (newer models fix it); a non-zero
        # setting is still sent for models that take it.
        return {**body, "temperature": request.temperature} if request.temperature else body

    def _openai(self, request: Request, given_up: threading.Event) -> Response:
        texts: list[str] = []
        usage = None
        model = None
        chose = finished = at_limit = False
        filtered = None
        size = AnswerSize(request.max_output_tokens)
        with self.client().chat.completions.create(**self._openai_body(request)) as stream:
            if "text/event-stream" not in stream.response.headers.get("content-type", ""):
                return _whole_chat(stream.response, request)  # a server that does not stream answers at once
            try:
                for chunk in stream:
                    if given_up.is_set():
                        raise Cancelled()  # leaving the block closes the stream and its connection
                    usage = getattr(chunk, "usage", None) or usage
                    model = model or getattr(chunk, "model", None)
                    for choice in getattr(chunk, "choices", None) or []:
                        chose = True
                        finished = finished or getattr(choice, "finish_reason", None) is not None
                        at_limit = at_limit or getattr(choice, "finish_reason", None) == "length"
                        filtered = filtered or _filtered(getattr(choice, "finish_reason", None))
                        texts.append(size.add(getattr(choice.delta, "content", None) or ""))
            except Exception:  # noqa: BLE001 - cut before its first piece: asked again below
                if chose or given_up.is_set():
                    raise
        if not chose:  # llama-cpp-python ends a stream empty, or cuts it, when it fails after answering 200 (a
            # prompt past its context window): asked again without streaming, it says what is wrong
            return self._openai_unstreamed(request)
        text = "".join(texts)
        if filtered:
            raise _filter_error(filtered)
        if at_limit:
            _whole_or_at_limit(text, request)
        elif not finished:
            _whole_or_cut(text)
        return Response(text=text, data=None,
                        input_tokens=_tokens(usage, "prompt_tokens", request.system + request.user),
                        output_tokens=_tokens(usage, "completion_tokens", text),
                        model=model or request.model, latency=0.0)

    def _openai_unstreamed(self, request: Request) -> Response:
        body = {k: v for k, v in self._openai_body(request).items() if k not in ("stream", "stream_options")}
        with self.client().chat.completions.with_streaming_response.create(**body) as answer:  # read as it comes
            return _whole_chat(answer.http_response, request)

    def _anthropic(self, request: Request, given_up: threading.Event) -> Response:
        body = self._anthropic_body(request)
        extra = {"extra_body": {"temperature": body.pop("temperature")}} if "temperature" in body else {}
        blocks: dict[int, tuple[str, list[str]]] = {}  # index -> (type, pieces of text or tool input JSON)
        input_tokens = output_tokens = None
        model = None
        stopped = at_limit = False
        filtered = None
        size = AnswerSize(request.max_output_tokens)
        with self.client().messages.create(**body, **extra) as stream:
            for event in stream:
                if given_up.is_set():
                    raise Cancelled()  # leaving the block closes the stream and its connection
                kind = getattr(event, "type", None)
                if kind == "message_start":
                    model = getattr(event.message, "model", None)
                    input_tokens = getattr(getattr(event.message, "usage", None), "input_tokens", None)
                elif kind == "content_block_start":
                    blocks[event.index] = (getattr(event.content_block, "type", ""), [])
                elif kind == "content_block_delta" and event.index in blocks:
                    delta = event.delta
                    blocks[event.index][1].append(
                        size.add(getattr(delta, "partial_json", None) or getattr(delta, "text", None) or ""))
                elif kind == "message_delta":
                    output_tokens = getattr(getattr(event, "usage", None), "output_tokens", None)
                    stop_reason = getattr(getattr(event, "delta", None), "stop_reason", None)
                    at_limit = at_limit or stop_reason == "max_tokens"
                    filtered = filtered or _filtered(stop_reason)
                stopped = stopped or kind == "message_stop"
        if filtered:
            raise _filter_error(filtered)
        data = None
        texts = []
        for kind, pieces in (blocks[i] for i in sorted(blocks)):
            if kind == "tool_use" and data is None:
                data = _tool_input("".join(pieces))
                texts.append("".join(pieces) if data is None else "")
            elif kind == "text":
                texts.append("".join(pieces))
        text = "".join(texts) if data is None else json.dumps(data)
        answered = "".join(pieces for _, parts in blocks.values() for pieces in parts)
        if at_limit:
            _whole_or_at_limit(answered, request)
        elif not stopped:
            _whole_or_cut(answered)
        return Response(text=text, data=data,
                        input_tokens=input_tokens if isinstance(input_tokens, int) else
                        _tokens(None, "", request.system + request.user),
                        output_tokens=output_tokens if isinstance(output_tokens, int) else _tokens(None, "", text),
                        model=model or request.model, latency=0.0)


def _whole_chat(response, request: Request) -> Response:
    """A Chat Completions answer sent whole (``response``: the HTTP response, read here within the
    answer's bound), read as the SDK would."""
    try:
        data = json.loads(AnswerSize(request.max_output_tokens).read(response))
    except (ValueError, RecursionError):  # (JSON nested past the interpreter's limit)
        raise ProviderError("the provider's answer could not be read (not JSON)", "invalid_response") from None
    choices = data.get("choices") if isinstance(data, dict) else None
    if not isinstance(choices, list) or not choices:
        raise ProviderError("the provider answered without choices", "invalid_response")
    first = choices[0] if isinstance(choices[0], dict) else {}
    message = first.get("message")
    text = message.get("content") if isinstance(message, dict) else None
    text = text if isinstance(text, str) else ""
    if _filtered(first.get("finish_reason")):
        raise _filter_error(_filtered(first.get("finish_reason")))
    if first.get("finish_reason") == "length":
        _whole_or_at_limit(text, request)
    usage = data.get("usage")
    model = data.get("model")
    return Response(text=text, data=None,
                    input_tokens=_tokens(usage, "prompt_tokens", request.system + request.user),
                    output_tokens=_tokens(usage, "completion_tokens", text),
                    model=model if isinstance(model, str) and model else request.model, latency=0.0)


def _whole_or_cut(text: str) -> None:
    """Raise when a stream that ended without its end event (no ``finish_reason``, no
    ``message_stop``: the connection closed mid-answer) holds no whole JSON answer: the
    repair would read its first findings as the whole answer, and the review as complete."""
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        raise ProviderError("the provider's answer stopped before its end (the stream was cut)", "server") from None


def _whole_or_at_limit(text: str, request: Request) -> None:
    """Raise when an answer the server ended at the output limit (``finish_reason: "length"``,
    ``stop_reason: "max_tokens"``) holds no whole JSON answer: the repair would read the
    findings written before the limit as the whole review."""
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        raise ProviderError(f"the model's answer reached the output limit ({request.max_output_tokens:,} tokens) "
                            "before its end: raise llm.max-output-tokens, or review less at once",
                            "output_limit") from None


FILTER_STOPS = ("content_filter", "refusal")  # OpenAI's finish_reason, Anthropic's stop_reason


def _filtered(reason) -> str | None:
    """The stop reason, when it says the provider's filter (or the model's refusal) ended the answer."""
    return reason if reason in FILTER_STOPS else None


def _filter_error(reason: str) -> ProviderError:
    """An answer the provider's filter stopped or flagged: what arrived may be a part, or nothing
    the model meant to say; taken as the review it would read as "All clear"."""
    return ProviderError(f'the provider stopped the model\'s answer ("{reason}": its content filter, or the model\'s '
                         "refusal): this code was not reviewed", "content_filter")


def _tool_input(text: str):
    """A streamed tool call's input: the JSON object its pieces make up (an empty input is
    ``{}``); None when they make none (cut short: the text is then read, and repaired, as an
    answer)."""
    if not text.strip():
        return {}
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _tokens(usage, name: str, fallback_text: str) -> int:
    value = usage.get(name) if isinstance(usage, dict) else getattr(usage, name, None)
    if isinstance(value, int):
        return value
    return len(fallback_text) // 4 + 1
