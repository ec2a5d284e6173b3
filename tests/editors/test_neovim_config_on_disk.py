"""A project config changed outside Neovim (issue 34: Neovim on Linux registers no file watcher,
and a `git checkout` or another editor changes the file behind it): after the user types in
the Python buffer, the diagnostics follow the new config, without the config being opened,
edited or saved in the editor. Real headless Neovims (0.7 push, 0.12 pull) with the plugin."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_neovim_plugin import NVIMS, RULE, editor  # noqa: F401 - the fixture

pytestmark = pytest.mark.slow  # real editors

HERE = Path(__file__).parent


@pytest.fixture
def scenarios(monkeypatch):
    monkeypatch.setenv("POSTIL_EXTRA_SCENARIOS", str(HERE / "nvim" / "config_on_disk_scenarios.lua"))


@NVIMS
def test_a_config_changed_on_disk_is_used_after_the_next_keystroke(editor, scenarios, nvim):  # noqa: F811 - the fixture imported above
    e = editor(nvim, "config_on_disk")
    assert RULE in e.wait("before.json")
    (e.project / ".postil.toml").write_text(f'ignore = ["{RULE}"]\n')  # outside the editor, as git would
    (e.out / "changed").write_text("")
    after = e.wait("after.json")
    assert after["codes"] == [], after
