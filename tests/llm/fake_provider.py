"""A scripted fake LLM provider on 127.0.0.1 speaking OpenAI Chat Completions, OpenAI
embeddings (``/v1/embeddings``) and Anthropic Messages, for the real SDKs to talk to;
every request is logged in ``received``."""

from __future__ import annotations

import json
import threading
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
    def __init__(self) -> None:
        self.script: list[Reply] = []
        self.received: list[Received] = []
        self.release = threading.Event()
        self.responder = None  # optional: body -> Reply, used when the script is empty
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                with fake._lock:
                    fake.received.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, {}))
                self.send_response(404)
                self.send_header("content-length", "0")
                self.end_headers()

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
                if reply.status != 200:
                    message = reply.error or f"scripted {reply.status}"
                    data = json.dumps({"error": {"type": "server_error", "message": message}}).encode()
                else:
                    data = json.dumps(fake.render(self.path, body, reply)).encode()
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
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
        if path.endswith("/messages"):
            if reply.text is None:
                tool = body.get("tools", [{}])[0].get("name", "report_findings")
                content = [{"type": "tool_use", "id": "toolu_1", "name": tool, "input": reply.payload}]
            else:
                content = [{"type": "text", "text": text}]
            return {"id": "msg_1", "type": "message", "role": "assistant", "model": reply.model or body.get("model"),
                    "content": content, "stop_reason": "end_turn",
                    "usage": {"input_tokens": inp, "output_tokens": out}}
        return {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": reply.model or body.get("model"),
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": text}}],
                "usage": {"prompt_tokens": inp, "completion_tokens": out, "total_tokens": inp + out}}

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
