"""A pyproject.toml's postil settings are found however TOML lets the user spell the table (what `tomllib` reads),
and a table only named in a comment is no config."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import CheckerCache


@pytest.mark.parametrize("spelling", [
    "[tool.postil]\nselect = ['python']\n",
    "[ tool . postil ]\nselect = ['python']\n",
    "[tool.\"postil\"]\nselect = ['python']\n",
    "[tool.'postil']\nselect = ['python']\n",
])
def test_the_settings_are_found_in_any_spelling_toml_allows(tmp_path: Path, spelling: str):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n\n" + spelling)
    (tmp_path / "m.py").write_text("x = 1\n")
    assert CheckerCache().for_path(tmp_path / "m.py").loaded.path == tmp_path / "pyproject.toml"


def test_top_level_dotted_keys_are_found(tmp_path: Path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("tool.postil.select = ['python']\n\n[project]\nname = 'x'\n")
    (tmp_path / "m.py").write_text("x = 1\n")
    assert CheckerCache().for_path(tmp_path / "m.py").loaded.path == tmp_path / "pyproject.toml"


def test_a_table_named_in_a_comment_is_no_config(tmp_path: Path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n# move [tool.postil] here one day\n")
    (tmp_path / "m.py").write_text("x = 1\n")
    assert CheckerCache().for_path(tmp_path / "m.py").loaded.path is None
