"""The reviewer's calls to the model: one request with its retries, counted against
the command's limits (deadline, call cap), the daily budget and the circuit breaker,
its usage checked and priced; the JSON retry; the fast model's triage; the context
window a request must fit.

A mixin of :class:`postil.analyzers.llm.reviewer.Reviewer`, which sets the attributes
annotated below and says messages with its ``_say``.
"""

from __future__ import annotations

import functools
import threading
import time
from pathlib import Path

from postil.analyzers.languages import language_of
from postil.analyzers.llm.cancel_token import CancelToken, TimeBox
from postil.analyzers.llm.circuit_breaker import CircuitBreaker
from postil.analyzers.llm.context_window import ContextWindow, prompt_tokens, server_window
from postil.analyzers.llm.parse import ParseResult, echoes, parse_answer
from postil.analyzers.llm.prompt import Prompt, estimate_tokens, triage_prompt
from postil.analyzers.llm.provider_errors import CircuitOpen, ProviderError
from postil.analyzers.llm.providers import Provider, Request
from postil.analyzers.llm.response_format import for_settings
from postil.analyzers.llm.review_result import ReviewResult, Stopped, UnitResult
from postil.analyzers.llm.answer_schema import FINDINGS_SCHEMA, TRIAGE_SCHEMA, RawFinding
from postil.analyzers.llm.state import Budget, BudgetExhausted, State, Stats, checked_usage, price_for
from postil.analyzers.llm.units import ReviewUnit
from postil.config.environment import LLMSettings
from postil.config.model import LLMConfig
from postil.gate.egress import Released

# Failures that say the provider cannot be used at all: the review stops sending at once.
PROVIDER_DOWN = ("unreachable", "auth", "not_configured")
RETRY_NOTE = "\n\nYour previous answer was not valid JSON. Answer again with the JSON object only."


class ProviderCalls:
    """Sending requests for the reviewer, within its limits."""

    settings: LLMSettings
    config: LLMConfig
    state: State
    budget: Budget
    stats: Stats
    _provider: Provider | None
    _window: ContextWindow | None
    _stop_reason: str | None
    _deadline: float | None
    _limit_seconds: float | None
    _calls_left: int | None
    _limits_lock: threading.Lock

    def limit(self, *, seconds: float | None = None, started: float | None = None,
              max_calls: int | None = None) -> None:
        """Bound a command's reviews: nothing is sent ``seconds`` after ``started``
        (``time.monotonic()``, default now) and calls in flight then return at once;
        at most ``max_calls`` provider requests."""
        self._limit_seconds = seconds
        self._deadline = None if seconds is None else (time.monotonic() if started is None else started) + seconds
        self._calls_left = max_calls

    @property
    def provider(self) -> Provider:
        if self._provider is None:
            self._provider = Provider(self.settings, breaker=self._breaker(),
                                      response_format=for_settings(self.settings, self._state_file("response-formats.json")))
        return self._provider

    @property
    def window(self) -> ContextWindow:
        """The model's context window: the setting, what the server reports, or what it said refusing."""
        if self._window is None:
            s = self.settings
            ask = None
            if s.provider == "openai-compatible" and s.base_url:
                ask = functools.partial(server_window, s.base_url, s.model or "")
            self._window = ContextWindow(self.config.context_window, path=self._state_file("context-windows.json"),
                                         key=f"{s.endpoint} {s.model}", ask_server=ask)
        return self._window

    def _room(self, prompt: Prompt, ask: bool = True) -> int | None:
        """The output tokens a request of ``prompt`` may ask for within the context window (None: none fit)."""
        return self.window.output_room(prompt.system + prompt.user, self.config.max_output_tokens, ask)

    def _too_long(self, text: str) -> str:
        """Why a request of ``text`` (its messages) is not sent."""
        window, source = self.window.described(ask=False)
        return (f"too long for the model's context window ({window} tokens, {source}): the prompt alone is "
                f"~{prompt_tokens(text)} tokens even without repository context; "
                "not sent (a model server started with a larger context window takes it)")

    def _state_file(self, name: str) -> Path | None:
        """``name`` in postil's own ``.postil/llm/`` (None where postil may not write there)."""
        from postil.core.workdir import WorkdirError, own_file

        try:
            return own_file(self.state.db.path.parent / name)
        except (WorkdirError, OSError):
            return None

    def _breaker(self) -> CircuitBreaker:
        """The endpoint's circuit breaker, its state kept in ``.postil/llm/`` across runs."""
        import hashlib

        name = hashlib.sha256(f"{self.settings.provider}\0{self.settings.endpoint}".encode()).hexdigest()[:16]
        return CircuitBreaker(self.config.breaker_failures, self.config.breaker_cooldown,
                              path=self._state_file(f"breaker-{name}.json"))

    def _request(self, prompt: Prompt, room: int | None) -> Request:
        """The request for ``prompt``, asking for at most ``room`` output tokens (None: the setting)."""
        return Request(system=prompt.system, user=prompt.user, schema=FINDINGS_SCHEMA, model=self.settings.model or "",
                       max_output_tokens=room or self.config.max_output_tokens, temperature=self.config.temperature)

    def _call(self, request: Request, cancel: CancelToken | None, out: UnitResult, result: ReviewResult | None = None):
        """One request (with its retries), every HTTP call counted; the provider's usage
        numbers are checked against what was sent and the output limit, and priced by the
        model that was asked for (an answer cannot name a cheaper or unpriced one).

        Raises :class:`Stopped` when nothing more may be sent (budget, deadline, call cap,
        open breaker, provider down). The budget holds the most the call may count while it
        is in flight, so parallel calls never overshoot it together."""
        box = cancel if self._deadline is None else TimeBox(cancel, self._deadline)
        self._take_call(box)
        if result is not None:
            self._warn_unpriced(request.model, result)
        try:
            hold = self.budget.reserve(request.model, estimate_tokens(request.system) + estimate_tokens(request.user),
                                       request.max_output_tokens)
        except BudgetExhausted as exc:
            self._stop_reason = str(exc)
            raise Stopped("budget", str(exc)) from None
        answered = None
        try:
            response = self.provider.complete(request, box)
        except CircuitOpen as error:
            raise Stopped("breaker", str(error)) from None
        except ProviderError as error:
            for notice in error.notices:
                self._say(result, notice)
            if error.kind != "cancelled":
                out.calls += error.attempts
                self.stats.call(input_tokens=0, output_tokens=0, cost=0, latency=0, failed=True,
                                attempts=error.attempts)
            elif self._expired(box):
                raise self._deadline_stop() from None
            if error.kind in PROVIDER_DOWN:
                raise Stopped("provider", f"the LLM provider cannot be used: {error}") from None
            raise
        else:
            for notice in response.notices:
                self._say(result, notice)
            out.calls += response.attempts
            out.provider_seconds += response.latency
            input_tokens, trusted_in = checked_usage(response.input_tokens, len(request.system) + len(request.user) + 64)
            output_tokens, trusted_out = checked_usage(response.output_tokens, request.max_output_tokens)
            if not (trusted_in and trusted_out) and result is not None:
                self._say(result, "postil: the provider reported impossible token usage; counted at the upper bound")
            answered = (request.model, input_tokens, output_tokens)
        finally:
            cost = self.budget.settle(hold, *(answered or ()))
        self.stats.call(input_tokens=answered[1], output_tokens=answered[2], cost=cost, latency=response.latency,
                        attempts=response.attempts)
        return response

    def _take_call(self, box: CancelToken | None) -> None:
        """Count one request against the command's limits; Stopped past the deadline or the cap."""
        if self._expired(box):
            raise self._deadline_stop()
        with self._limits_lock:
            if self._calls_left is not None:
                if self._calls_left <= 0:
                    raise Stopped("cap", f"the call cap was reached ({self.config.max_calls} provider requests per "
                                         "command; raise llm.max-calls to review more)")
                self._calls_left -= 1

    @staticmethod
    def _expired(box: CancelToken | None) -> bool:
        return isinstance(box, TimeBox) and box.expired

    def _deadline_stop(self) -> Stopped:
        return Stopped("deadline", f"the review's time limit passed ({self._limit_seconds:g} s; "
                                   "llm.deadline-seconds sets it)")

    def _warn_unpriced(self, model: str, result: ReviewResult) -> None:
        """Say once that a USD budget cannot limit an unpriced model, until a token budget does."""
        if self.config.daily_budget_usd is not None and self.config.daily_budget_tokens is None \
                and price_for(model, self.config.prices) is None:
            self._say(result, f"postil: no price known for model {model!r}: llm.daily-budget-usd does not limit it; "
                              "its calls count by tokens (set llm.daily-budget-tokens, or add the model to "
                              "[tool.postil.llm.prices])")

    def _fast_triage(self, unit: ReviewUnit, rel: str, released: Released, cancel, out: UnitResult,
                     result: ReviewResult) -> str | None:
        fast = self.config.fast_model
        if not fast or unit.members:  # a batch is small definitions already
            return None
        code = "\n".join(released.text.split("\n")[unit.start - 1 : unit.end])
        system, user = triage_prompt(rel, language_of(unit.path), code)
        request = Request(system=system, user=user, schema=TRIAGE_SCHEMA, model=fast, schema_name="triage",
                          max_output_tokens=120, temperature=0.0)
        try:
            response = self._call(request, cancel, out, result)
        except Stopped:
            raise
        except ProviderError:
            return None  # the deep review decides
        import json

        try:
            data = response.data if response.data is not None else json.loads(response.text)
        except (ValueError, RecursionError):
            return None
        if isinstance(data, dict) and data.get("needs_review") is False:
            return f"fast model: {str(data.get('reason') or 'no review needed')[:120]}"
        return None

    def _ask(self, prompt: Prompt, room: int | None, cancel, out: UnitResult,
             result: ReviewResult) -> list[RawFinding] | None:
        request = self._request(prompt, room)
        out.request = request
        response = self._call(request, cancel, out, result)
        if not (parsed := self._read(response, request)).ok:
            retry = Request(**{**request.__dict__, "user": request.user + RETRY_NOTE})
            response = self._call(retry, cancel, out, result)
            if not (parsed := self._read(response, request)).ok:
                return None
        return parsed.findings

    @staticmethod
    def _read(response, request: Request) -> ParseResult:
        """The findings in an answer; an answer repeating the prompt is unreadable, whatever JSON it holds."""
        if response.data is None and echoes(response.text, request.system, request.user):
            return ParseResult(ok=False, error="the answer repeats the prompt")
        return parse_answer(response.text, response.data)
