"""Which structured-output form an OpenAI-compatible server takes.

``json_schema`` (OpenAI, vLLM, llama.cpp's own server), ``json_object`` with the schema
beside it (llama-cpp-python's server answers ``json_schema`` with HTTP 500) or ``none``
(plain text: the prompt already asks for the JSON). ``[llm] response-format = "auto"``
starts with the strictest form and steps down once per form when the server's error
names it, remembering the form that worked per endpoint and model in ``.postil/llm/``.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from postil.analyzers.llm.endpoint_memory import recall, remember

FORMATS = ("json_schema", "json_object", "none")  # the order "auto" steps down
_NAMES_FORMAT = re.compile(r"response_format|response format|json_schema|json_object", re.IGNORECASE)
_FORMAT_ERRORS = (400, 422, 500)  # how servers refuse a form they do not know


def for_settings(settings, path: Path | None = None) -> ResponseFormat:
    """The form for ``settings`` (``LLMSettings``): OpenAI always takes the schema; ``path``
    keeps what ``auto`` learned, per endpoint and model."""
    setting = "json_schema" if settings.provider == "openai" else settings.config.response_format
    return ResponseFormat(setting, path, f"{settings.endpoint} {settings.model}")


class ResponseFormat:
    """The form to ask for now; ``step_down`` after a refusal that names it."""

    def __init__(self, setting: str = "auto", path: Path | None = None, key: str = "") -> None:
        self.fixed = setting != "auto"
        self.path, self.key = path, key
        self.current = setting if self.fixed else (self._load() or FORMATS[0])
        self._lock = threading.Lock()

    def parameter(self, name: str, schema: dict) -> dict | None:
        """The ``response_format`` value to send (None: send none)."""
        if self.current == "json_schema":
            return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}
        if self.current == "json_object":
            return {"type": "json_object", "schema": schema}
        return None

    def step_down(self, status: int | None, message: str, used: str) -> str | None:
        """After a call sent with form ``used`` failed (HTTP ``status``, ``message``): the
        notice to give when the next form is to be tried; "" when another call already
        stepped down (try again, nothing to say); None when the failure is not a refusal
        of the form, or there is nothing left to try."""
        if self.fixed or status not in _FORMAT_ERRORS or not _NAMES_FORMAT.search(message):
            return None
        with self._lock:
            if used != self.current:
                return ""  # another call already stepped down: just try again
            if self.current == FORMATS[-1]:
                return None
            self.current = FORMATS[FORMATS.index(used) + 1]
            self._save()
        return (f"postil: the provider refused response_format {used!r} (HTTP {status}); sending "
                f"{self.current!r} from now on (set [llm] response-format to choose)")

    def _load(self) -> str | None:
        learned = recall(self.path, self.key)
        return learned if learned in FORMATS else None

    def _save(self) -> None:
        remember(self.path, self.key, self.current)
