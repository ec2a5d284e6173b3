"""A scripted fake LLM provider on 127.0.0.1 speaking OpenAI Chat Completions, OpenAI
embeddings (``/v1/embeddings``) and Anthropic Messages, for the real SDKs to talk to;
every request is logged in ``received``. A request with ``"stream": true`` is answered as
server-sent events, one piece of the answer (a "token") per event, and ``streams`` logs how
many pieces each streamed answer generated and whether the client hung up before the end."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    payload: dict | list | None = None  # structured answer: findings object
    text: str | None = None  # raw answer text (broken JSON etc.)
    headers: dict = field(default_factory=dict)
    hang: bool = False  # never answer (until the test ends)
    hold: bool = False  # a slow provider: answer only once the test sets ``release``
    usage: tuple = (120, 30)  # (input, output) tokens as reported: may be anything a hostile provider says
    model: str | None = None  # the model the answer claims to come from (default: the one asked for)
    error: str | None = None  # the error message of a non-200 answer (default: "scripted STATUS")
    # A model generating: ``runaway`` repeated after the answer until max_tokens pieces, each
    # piece ``trickle`` seconds after the last (as a one-slot server on a CPU generates them).
    runaway: str | None = None
    trickle: float = 0.0
    signal_after: int | None = None  # set ``FakeProvider.generating`` once this many pieces are generated
    cut_after: int | None = None  # a streamed answer whose connection closes after this many pieces (no end event)
    # a model stopped at its output limit after this many pieces: the answer ends there, as a server
    # ends it (``finish_reason: "length"``, ``stop_reason: "max_tokens"``)
    limit_after: int | None = None
    # the provider's filter stopped the answer after this many pieces (``finish_reason:
    # "content_filter"``, ``stop_reason: "refusal"``); past the answer's end: the whole answer, flagged
    filtered_after: int | None = None

    @property
    def stopped_after(self) -> int | None:
        """Pieces sent before the server ended the answer early (the limit or the filter)."""
        return self.limit_after if self.limit_after is not None else self.filtered_after


@dataclass
class StreamLog:
    """One answer as the fake generated it."""

    pieces: int = 0  # pieces generated (sent, or computed for a non-streamed answer)
    planned: int = 0  # pieces the whole answer has
    hung_up: bool = False  # the client closed the connection before the answer ended
    ended: threading.Event = field(default_factory=threading.Event)  # the fake stopped generating


@dataclass
class Received:
    path: str
    headers: dict
    body: dict

    @property
    def user(self) -> str:
        """The user message text."""
        for message in self.body.get("messages", []):
            if message.get("role") == "user":
                content = message["content"]
                return content if isinstance(content, str) else "".join(c.get("text", "") for c in content)
        return ""

    @property
    def system(self) -> str:
        if "system" in self.body:
            return self.body["system"] if isinstance(self.body["system"], str) else json.dumps(self.body["system"])
        return next((m["content"] for m in self.body.get("messages", []) if m.get("role") == "system"), "")

    @property
    def everything(self) -> str:
        return json.dumps(self.body)


class FakeProvider:
    def __init__(self, port: int = 0) -> None:
        self.script: list[Reply] = []
        self.received: list[Received] = []
        self.release = threading.Event()
        self.responder = None  # optional: body -> Reply, used when the script is empty
        self.streams: list[StreamLog] = []
        self.probes: list[str] = []  # GET paths asked (a server's self-description), apart from ``received``
        self.about: dict[str, dict] = {}  # GET path -> JSON answer (404 for any other)
        self.generating = threading.Event()  # a Reply's ``signal_after`` pieces are out
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # what a server says about itself: /props (llama.cpp), /v1/models (vLLM)
                with fake._lock:
                    fake.probes.append(self.path)
                _send_json(self, 200 if self.path in fake.about else 404, fake.about.get(self.path, {}))

            def do_POST(self):
                length = int(self.headers.get("content-length", 0))
                raw = self.rfile.read(length) or b"{}"
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = {"raw": raw.decode("utf-8", "replace")}
                with fake._lock:
                    fake.received.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                    if self.path.endswith("/embeddings"):
                        reply = Reply()
                    elif fake.script:
                        reply = fake.script.pop(0)
                    elif fake.responder is not None:
                        reply = fake.responder(body)
                    else:
                        reply = Reply(payload={"findings": []})
                if reply.hang or reply.hold:
                    fake.release.wait(30)
                if reply.hang:
                    return
                if reply.status == 200 and not self.path.endswith("/embeddings"):
                    fake.generate(self, body, reply)
                    return
                if reply.status != 200:
                    message = reply.error or f"scripted {reply.status}"
                    payload = {"error": {"type": "server_error", "message": message}}
                else:
                    payload = fake.render(self.path, body, reply)
                _send_json(self, reply.status, payload, reply.headers)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def openai_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def anthropic_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def render(self, path: str, body: dict, reply: Reply) -> dict:
        inp, out = reply.usage
        if path.endswith("/embeddings"):  # OpenAI-compatible embeddings: 8 deterministic dimensions
            texts = body.get("input") or []
            data = [{"object": "embedding", "index": i,
                     "embedding": [float(sum(map(ord, t)) % (d + 2) + 1) for d in range(8)]}
                    for i, t in enumerate([texts] if isinstance(texts, str) else texts)]
            return {"object": "list", "data": data, "model": body.get("model"),
                    "usage": {"prompt_tokens": inp, "total_tokens": inp}}
        text = reply.text if reply.text is not None else json.dumps(reply.payload)
        if reply.stopped_after is not None:
            text = "".join(self.pieces(body, reply))
        if path.endswith("/messages"):
            if reply.text is None and reply.stopped_after is None:
                tool = body.get("tools", [{}])[0].get("name", "report_findings")
                content = [{"type": "tool_use", "id": "toolu_1", "name": tool, "input": reply.payload}]
            else:
                content = [{"type": "text", "text": text}]
            return {"id": "msg_1", "type": "message", "role": "assistant", "model": reply.model or body.get("model"),
                    "content": content, "stop_reason": _stop_reason(reply, anthropic=True),
                    "usage": {"input_tokens": inp, "output_tokens": out}}
        return {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": reply.model or body.get("model"),
                "choices": [{"index": 0, "finish_reason": _stop_reason(reply, anthropic=False),
                             "message": {"role": "assistant", "content": text}}],
                "usage": {"prompt_tokens": inp, "completion_tokens": out, "total_tokens": inp + out}}

    # -- answers as a model server generates them ------------------------------------
    def pieces(self, body: dict, reply: Reply) -> list[str]:
        """The answer text in pieces of a few characters (at most 2,048 pieces: the SDKs take ~0.25 ms
        a piece, and a 320 KB answer in 4-character pieces took 20 s to read), a runaway tail up to
        max_tokens pieces."""
        text = reply.text if reply.text is not None else json.dumps(reply.payload)
        size = max(4, -(-len(text) // 2048))
        pieces = [text[i:i + size] for i in range(0, len(text), size)]
        if reply.runaway is not None:
            limit = body.get("max_tokens") or body.get("max_completion_tokens") or 2048
            pieces += [reply.runaway] * max(0, limit - len(pieces))
        return pieces[:reply.stopped_after]

    def generate(self, handler, body: dict, reply: Reply) -> None:
        """Answer 200: as events when the request streams (stopping when the client hangs up),
        else as one JSON body once every piece is generated."""
        pieces = self.pieces(body, reply)
        log = StreamLog(planned=len(pieces))
        with self._lock:
            self.streams.append(log)
        streamed = bool(body.get("stream"))
        anthropic = handler.path.endswith("/messages")
        try:
            if streamed:
                handler.send_response(200)
                handler.send_header("content-type", "text/event-stream")
                handler.end_headers()
                for event in _stream_head(body, reply, anthropic):
                    handler.wfile.write(event)
            for piece in pieces:
                if reply.trickle:
                    time.sleep(reply.trickle)  # the model's time per token
                if streamed:
                    handler.wfile.write(_stream_piece(body, reply, anthropic, piece))
                    handler.wfile.flush()
                log.pieces += 1
                if log.pieces == reply.signal_after:
                    self.generating.set()
                if streamed and log.pieces == reply.cut_after:
                    handler.wfile.flush()
                    handler.close_connection = True
                    return
            if streamed:
                for event in _stream_tail(body, reply, anthropic):
                    handler.wfile.write(event)
            else:
                whole = reply if reply.runaway is None else Reply(**{**reply.__dict__, "text": "".join(pieces)})
                _send_json(handler, 200, self.render(handler.path, body, whole), reply.headers)
            handler.wfile.flush()
        except OSError:  # the client hung up: a real server stops generating here
            log.hung_up = True
        finally:
            log.ended.set()

    @property
    def embedding_requests(self) -> list[Received]:
        return [r for r in self.received if r.path.endswith("/embeddings")]

    # -- scripting -----------------------------------------------------------------
    def answer(self, *findings: dict, **kw) -> None:
        self.script.append(Reply(payload={"findings": list(findings)}, **kw))

    def answer_text(self, text: str) -> None:
        self.script.append(Reply(text=text))

    def error(self, status: int, times: int = 1, **headers) -> None:
        for _ in range(times):
            self.script.append(Reply(status=status, headers={k.replace("_", "-"): v for k, v in headers.items()}))

    def hang(self) -> None:
        self.script.append(Reply(hang=True))

    def start(self) -> FakeProvider:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def finding(existing: str, message: str = "this is wrong", improved: str = "", severity: str = "warning",
            category: str = "bug", confidence: float = 0.9) -> dict:
    return {"existing_code": existing, "improved_code": improved, "message": message, "severity": severity,
            "category": category, "confidence": confidence}


def _send_json(handler: BaseHTTPRequestHandler, status: int, payload, headers: dict | None = None) -> None:
    data = json.dumps(payload).encode()
    handler.send_response(status)
    handler.send_header("content-type", "application/json")
    handler.send_header("content-length", str(len(data)))
    for k, v in (headers or {}).items():
        handler.send_header(k, v)
    handler.end_headers()
    handler.wfile.write(data)


def _event(data: dict, name: str | None = None) -> bytes:
    return (f"event: {name}\n" if name else "").encode() + b"data: " + json.dumps(data).encode() + b"\n\n"


def _chat_chunk(body: dict, reply: Reply, delta: dict, finish: str | None = None) -> bytes:
    return _event({"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0,
                   "model": reply.model or body.get("model"),
                   "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})


def _tool_answer(reply: Reply) -> bool:
    return reply.text is None  # a structured answer: Anthropic streams it as tool input


def _stream_head(body: dict, reply: Reply, anthropic: bool) -> list[bytes]:
    if not anthropic:
        return [_chat_chunk(body, reply, {"role": "assistant", "content": ""})]
    message = {"id": "msg_1", "type": "message", "role": "assistant", "model": reply.model or body.get("model"),
               "content": [], "stop_reason": None, "stop_sequence": None,
               "usage": {"input_tokens": reply.usage[0], "output_tokens": 1}}
    if _tool_answer(reply):
        tool = body.get("tools", [{}])[0].get("name", "report_findings")
        block = {"type": "tool_use", "id": "toolu_1", "name": tool, "input": {}}
    else:
        block = {"type": "text", "text": ""}
    return [_event({"type": "message_start", "message": message}, "message_start"),
            _event({"type": "content_block_start", "index": 0, "content_block": block}, "content_block_start")]


def _stream_piece(body: dict, reply: Reply, anthropic: bool, piece: str) -> bytes:
    if not anthropic:
        return _chat_chunk(body, reply, {"content": piece})
    delta = {"type": "input_json_delta", "partial_json": piece} if _tool_answer(reply) else \
        {"type": "text_delta", "text": piece}
    return _event({"type": "content_block_delta", "index": 0, "delta": delta}, "content_block_delta")


def _stream_tail(body: dict, reply: Reply, anthropic: bool) -> list[bytes]:
    inp, out = reply.usage
    if not anthropic:
        usage = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": reply.model or body.get("model"),
                 "choices": [], "usage": {"prompt_tokens": inp, "completion_tokens": out, "total_tokens": inp + out}}
        return [_chat_chunk(body, reply, {}, _stop_reason(reply, anthropic)), _event(usage), b"data: [DONE]\n\n"]
    return [_event({"type": "content_block_stop", "index": 0}, "content_block_stop"),
            _event({"type": "message_delta", "delta": {"stop_reason": _stop_reason(reply, anthropic), "stop_sequence": None},
                    "usage": {"output_tokens": out}}, "message_delta"),
            _event({"type": "message_stop"}, "message_stop")]


def _stop_reason(reply: Reply, anthropic: bool) -> str:
    """Why the answer ended, as the server says it: the end of the answer, the output limit, or the
    provider's filter."""
    if reply.filtered_after is not None:
        return "refusal" if anthropic else "content_filter"
    if reply.limit_after is not None:
        return "max_tokens" if anthropic else "length"
    return "end_turn" if anthropic else "stop"
