"""The calls a user asks for on one unit: "Explain this", "Fix this with AI" and a
structured question (``ask``): each one cached, budgeted and masked like a review,
with the unit's repository context.

A mixin of :class:`postil.analyzers.llm.reviewer.Reviewer`: it asks with the reviewer's
``prepare`` (``UnitContext``), ``check_with_rules`` and ``_call`` (``ProviderCalls``), and
places a fix with its ``_place`` and ``vet_together``.
"""

from __future__ import annotations

import json

from postil.analyzers.findings import Finding
from postil.analyzers.llm.cancel_token import CancelToken
from postil.analyzers.llm.parse import parse_answer
from postil.analyzers.llm.prompt import prompt_identity, system_text
from postil.analyzers.llm.provider_errors import ProviderError
from postil.analyzers.llm.providers import Request
from postil.analyzers.llm.review_result import ReviewResult, UnitResult
from postil.analyzers.llm.answer_schema import FINDINGS_SCHEMA
from postil.analyzers.llm.state import ResultCache
from postil.analyzers.llm.units import ReviewUnit
from postil.gate.egress import Refused


class OnRequest:
    """Explain, fix and ask about one unit, when the user asks."""

    def _on_request(self, unit: ReviewUnit, version: str, ask: str, schema: dict, name: str,
                    cancel: CancelToken | None) -> tuple[object, UnitResult, ReviewResult]:
        """One cached, budgeted, masked call about a unit with its context; (answer data, ...)."""
        result = ReviewResult()
        out = UnitResult(unit, "failed")
        if self.settings.provider == "none":
            raise ProviderError("no LLM provider configured", "not_configured")
        try:
            prompt, key = self.prepare(unit, self.check_with_rules([unit]).get(unit.path, []), result)
        except Refused as exc:
            raise ProviderError(f"not sent: {exc}", "refused") from None
        question = self.gate.mask(ask).text
        user = prompt.user + "\n\n" + question
        key = ResultCache.key(endpoint=self.settings.endpoint, model=f"{self.settings.provider}:{self.settings.model}",
                              prompt_version=f"{version}:{prompt_identity(version)}", code=key, context=question)
        cached = self.cache.get(key)
        if cached is not None:
            self.stats.cache_hit()
            return cached["data"], out, result
        room = self.window.output_room(system_text(version) + user, self.config.max_output_tokens)
        if room is None:
            raise ProviderError(self._too_long(system_text(version) + user), "context_length")
        request = Request(system=system_text(version), user=user, schema=schema, model=self.settings.model or "",
                          schema_name=name, max_output_tokens=room, temperature=self.config.temperature)
        out.request = request
        response = self._call(request, cancel, out, result)
        try:
            data = response.data if response.data is not None else json.loads(response.text)
        except (ValueError, RecursionError):  # (JSON nested past the interpreter's limit)
            parsed = parse_answer(response.text)
            data = {"findings": [r.to_dict() for r in parsed.findings]} if parsed.ok else None
        if data is not None:
            self.stats.cache_miss()
            self.cache.put(key, {"data": data})
        return data, out, result

    def ask(self, unit: ReviewUnit, question: str, schema: dict, name: str, version: str,
            cancel: CancelToken | None = None) -> object:
        """The model's structured answer to ``question`` about the unit (cached, budgeted, masked,
        untrusted: the caller validates it); raises ProviderError as :meth:`explain` does."""
        data, _out, _result = self._on_request(unit, version, question, schema, name, cancel)
        return data

    def explain(self, unit: ReviewUnit, question: str = "", cancel: CancelToken | None = None) -> str:
        """Markdown explaining the unit (or answering ``question`` about it, e.g. a diagnostic),
        made safe to render (``postil.gate.text.markdown``: no HTML, images or foreign links).
        Raises ProviderError (``Stopped`` when the budget, the call cap or the breaker says no) with a message
        for the user."""
        from postil.analyzers.llm.answer_schema import EXPLAIN_SCHEMA
        from postil.gate.text import markdown

        ask = question or f"Explain lines {unit.start}-{unit.end} (the code under review)."
        data, _out, _result = self._on_request(unit, "explain-v1", ask, EXPLAIN_SCHEMA, "explanation", cancel)
        if isinstance(data, dict) and isinstance(data.get("markdown"), str):
            return markdown(data["markdown"])
        return "postil: the model's explanation could not be read."

    def fix(self, unit: ReviewUnit, problem: str, cancel: CancelToken | None = None,
            lines: frozenset[int] | None = None) -> Finding | None:
        """The model's finding for ``problem`` in the unit: its fix passed the vetting gate (its
        quote on ``lines``, 0-based, when given), or it was withheld (``fix`` None,
        ``metadata["fix_withheld"]`` says why); None when the model proposed no usable fix."""
        ask = f"Problem to fix: {problem}"
        data, _out, _result = self._on_request(unit, "fix-v1", ask, FINDINGS_SCHEMA, "report_findings", cancel)
        parsed = parse_answer(None, data) if data is not None else None
        if parsed is None or not parsed.ok:
            return None
        out = UnitResult(unit, "reviewed")
        self._place(unit, parsed.findings, [], out, threshold=0.0, judged=False,  # the user asked for this fix
                    extra_focus=(lines,) if lines is not None else (), asked=problem)
        placed = out.findings
        out.findings = [f for f in placed if f.fix is not None][:1]
        self.vet_together([out])
        return next(iter(out.findings), None) or next((f for f in placed if "fix_withheld" in f.metadata), None)
