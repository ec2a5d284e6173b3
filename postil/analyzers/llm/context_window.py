"""How many tokens the model takes in one request (prompt and answer together), so that what
is sent fits instead of being refused.

Known from ``[llm] context-window``, else asked of an OpenAI-compatible server once per process
(llama.cpp's ``/props`` n_ctx, vLLM's ``/v1/models`` max_model_len, Ollama's ``/api/show``
num_ctx), else learned from a server's "maximum context length is N" refusal (kept per endpoint
and model in ``.postil/llm/``). Prompt sizes are estimated generously (three characters a
token, plus the chat template), since the model's tokenizer is not at hand.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from postil.analyzers.llm.endpoint_memory import recall, remember

MAX_ANSWER_BYTES = 1 << 20  # of a server's description of itself (llama.cpp's /props: a few KB)
MIN_OUTPUT = 256  # output tokens an answer needs at least (a finding or two); less: the unit does not fit
TEMPLATE_TOKENS = 64  # the chat template's tokens around the messages

# How servers say a request is longer than the model's window (OpenAI, vLLM, llama.cpp,
# llama-cpp-python, Ollama, Anthropic).
CONTEXT_REFUSAL = re.compile(r"context length|context window|context size|context_length|exceed_context|n_ctx|"
                             r"prompt is too long|too many tokens", re.IGNORECASE)
_WINDOW_SAID = (
    re.compile(r"maximum context length is (\d+)", re.IGNORECASE),  # OpenAI, vLLM, llama-cpp-python
    re.compile(r"context window of (\d+)", re.IGNORECASE),
    re.compile(r"""n_ctx["']?\s*[:=]\s*(\d+)""", re.IGNORECASE),  # llama.cpp's error body
    re.compile(r"(?:available )?context size \((\d+)", re.IGNORECASE),
    re.compile(r">\s*(\d+) maximum", re.IGNORECASE),  # Anthropic: "prompt is too long: 250000 tokens > 200000 maximum"
)


def prompt_tokens(text: str) -> int:
    """A generous estimate of ``text``'s tokens for a window (code runs about 3-4 characters a token)."""
    return len(text) // 3 + 1


def window_said(message: str) -> int | None:
    """The window a server's refusal names (None when it names none, or an implausible one)."""
    for pattern in _WINDOW_SAID:
        found = pattern.search(message)
        if found and _plausible(int(found.group(1))):
            return int(found.group(1))
    return None


def _plausible(window) -> bool:
    return isinstance(window, int) and not isinstance(window, bool) and MIN_OUTPUT <= window <= 10_000_000


def server_window(base_url: str, model: str, timeout: float = 2.0) -> int | None:
    """The context window an OpenAI-compatible server reports for ``model`` (None: it reports
    none, or does not answer; a server that does not answer at all is not asked twice). Each
    answer is read within ``MAX_ANSWER_BYTES`` and ``timeout`` seconds (the server is untrusted:
    one sending without end was read until memory ran out)."""
    import httpx

    base = base_url.rstrip("/")
    root = base.removesuffix("/v1")
    try:
        with httpx.Client(timeout=timeout) as client:
            for url, read in ((f"{root}/props", _llama_cpp), (f"{base}/models", _vllm)):
                found = _read(_answer(client, timeout, "GET", url), read, model)
                if found is not None:
                    return found
            if _answer(client, timeout, "GET", f"{root}/api/version", status_only=True)[0] == 200:  # Ollama
                return _read(_answer(client, timeout, "POST", f"{root}/api/show", json={"model": model}), _ollama, model)
    except httpx.HTTPError:
        return None
    return None


def _answer(client, seconds: float, method: str, url: str, status_only: bool = False,
            **kwargs) -> tuple[int, bytes | None]:
    """(status, body) of one request; the body None when it is longer than ``MAX_ANSWER_BYTES``
    or takes longer than ``seconds`` to arrive (or is not wanted: ``status_only``)."""
    from postil.core.bounded_read import AnswerTooLong, read_within

    with client.stream(method, url, **kwargs) as answer:
        try:
            return answer.status_code, None if status_only else read_within(answer, MAX_ANSWER_BYTES, seconds)
        except AnswerTooLong:
            return answer.status_code, None


def _read(answer: tuple[int, bytes | None], read, model: str) -> int | None:
    status, body = answer
    if status != 200 or body is None:
        return None
    import json

    try:
        found = read(json.loads(body), model)
    except (ValueError, TypeError, AttributeError, KeyError, RecursionError):
        return None
    return found if _plausible(found) else None


def _llama_cpp(data: dict, model: str):
    return (data.get("default_generation_settings") or {}).get("n_ctx") or data.get("n_ctx")


def _vllm(data: dict, model: str):
    models = data.get("data") or []
    chosen = next((m for m in models if m.get("id") == model), models[0] if len(models) == 1 else {})
    return chosen.get("max_model_len")


def _ollama(data: dict, model: str):
    found = re.search(r"^\s*num_ctx\s+(\d+)", data.get("parameters") or "", re.MULTILINE)
    return int(found.group(1)) if found else None


class ContextWindow:
    """The window for one endpoint and model: ``size`` (None: unknown, nothing is fitted)."""

    def __init__(self, setting: int | None, *, path: Path | None = None, key: str = "",
                 ask_server=None) -> None:
        self.setting = setting
        self.path, self.key = path, key
        self._ask_server = ask_server  # () -> int | None, asked once
        self._asked: int | None = None
        self._learned: int | None = None  # learned in this process (kept in ``path`` too, when there is one)
        self._lock = threading.Lock()

    def size(self, ask: bool = True) -> int | None:
        """The window (None: unknown); ``ask``: the server may be asked (not in a dry run)."""
        return self.described(ask)[0]

    def described(self, ask: bool = True) -> tuple[int | None, str]:
        """(window, where it came from): the setting; a refusal seen in this process; what the
        server reports (asked once); a refusal remembered from an earlier run, only when the
        server reports nothing (a server restarted with a larger window is believed)."""
        if self.setting is not None:
            return self.setting, "llm.context-window"
        learned = "learned from the server's refusal of a longer request"
        if _plausible(self._learned):
            return self._learned, learned
        with self._lock:
            if ask and self._ask_server is not None:
                asking, self._ask_server = self._ask_server, None
                self._asked = asking()
        if self._asked is not None:
            return self._asked, "reported by the server"
        remembered = self._load()
        return (remembered, learned) if remembered is not None else (None, "unknown")

    def output_room(self, prompt: str, max_output: int, ask: bool = True) -> int | None:
        """The output tokens to allow a request whose messages are ``prompt``: ``max_output``, or
        what the window leaves (None when that is too little for an answer)."""
        window = self.size(ask)
        if window is None:
            return max_output
        room = window - prompt_tokens(prompt) - TEMPLATE_TOKENS
        return min(room, max_output) if room >= min(MIN_OUTPUT, max_output) else None

    def learn(self, said: int | None) -> bool:
        """Keep the window a server's refusal named; True when it is news (a retry may now fit)."""
        if said is None or self.setting is not None or said == self._learned:
            return False
        self._save(said)
        return True

    def _load(self) -> int | None:
        value = recall(self.path, self.key) if self.path is not None else self._learned
        return value if _plausible(value) else None

    def _save(self, value: int) -> None:
        self._learned = value
        remember(self.path, self.key, value)
