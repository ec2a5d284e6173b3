"""An LLM command on a busy machine (issue 34): when the LLM settings are still loading after
``SETTINGS_GRACE`` seconds (a full suite at load 10 saw 5 s pass while a provider's SDK was
imported, and Explain, Fix with AI and Review answered "still loading" errors), the command answers
"working" at once and its job waits for the settings; loaded in time, the command's own errors
(no provider, the file changed) still answer the request."""

from __future__ import annotations

import asyncio

import pytest

from postil.server import jobs, llm_command, llm_review


@pytest.fixture
def settings(monkeypatch):
    """The LLM settings' loading, as the test lets it finish; the jobs run as tasks here."""
    loaded = asyncio.Event()
    asked: list[float | None] = []

    async def ready(ls, bound=None):
        asked.append(bound)
        try:
            await asyncio.wait_for(loaded.wait(), bound)
        except asyncio.TimeoutError:
            return False
        return True

    started: list[asyncio.Task] = []

    def start(ls, feature, working, work):
        started.append(asyncio.ensure_future(work()))
        return {"working": True, "message": f"postil: {working}"}

    monkeypatch.setattr(llm_review, "ready", ready)
    monkeypatch.setattr(jobs, "start", start)
    monkeypatch.setattr(llm_command, "SETTINGS_GRACE", 0.01)
    return loaded, asked, started


async def test_a_command_answers_working_while_the_settings_load_and_its_job_runs_once_they_have(settings):
    loaded, asked, started = settings
    done = []

    async def prepare():
        async def work():
            done.append("explained")
        return "explaining a.py:3…", work

    answer = await llm_command.started(None, "Explain", "explaining a.py…", prepare)
    assert answer == {"working": True, "message": "postil: explaining a.py…"} and done == []
    loaded.set()
    await started[0]
    assert done == ["explained"] and asked == [0.01, llm_command.SETTINGS_IN_JOB]


async def test_with_the_settings_loaded_a_command_s_own_error_answers_the_request(settings):
    loaded, _asked, started = settings
    loaded.set()

    async def prepare():
        raise ValueError("postil: no LLM provider configured")

    with pytest.raises(ValueError, match="no LLM provider configured"):
        await llm_command.started(None, "Explain", "explaining a.py…", prepare)
    assert started == []


async def test_settings_that_never_load_end_the_job_with_a_reason(settings, monkeypatch):
    _loaded, _asked, started = settings
    monkeypatch.setattr(llm_command, "SETTINGS_IN_JOB", 0.02)

    async def prepare():
        raise AssertionError("prepared without settings")

    await llm_command.started(None, "Review", "reviewing a.py…", prepare)
    with pytest.raises(ValueError, match="did not load in 0.02 s"):
        await started[0]
