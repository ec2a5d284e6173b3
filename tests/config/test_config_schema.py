"""Config files are checked without pydantic (postil.core.schema): every wrong value is named
with its key as written and what was expected, in plain words; what is right keeps working."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.config import ConfigError, parse_config


def problem(tmp_path: Path, toml: str) -> str:
    path = tmp_path / ".postil.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as raised:
        parse_config(path)
    return str(raised.value).removeprefix(f"{path}: ")


@pytest.mark.parametrize(("toml", "said"), [
    ("max-file-size = 0", "[.postil.toml] max-file-size: must be greater than 0 (got 0)"),
    ('max-file-size = "big"', "[.postil.toml] max-file-size: expected an integer, got text"),
    ('fail-on = "fatal"', "[.postil.toml] fail-on: expected 'error', 'warning', 'info' or 'hint' (got 'fatal')"),
    ("select = [1]", "[.postil.toml] select[0]: expected text, got an integer"),
    ("secrets = 1", "[.postil.toml] secrets: expected true or false, got an integer"),
    ("[llm]\ntemperature = 3", "[.postil.toml] llm.temperature: must be at most 2 (got 3.0)"),
    ("[llm.prices.m]\ninput = 1", "[.postil.toml] llm.prices.m.output: missing (it has no default)"),
    ('[index]\nchroma-api-key-env = "1KEY"',
     "[.postil.toml] index.chroma-api-key-env: '1KEY' does not have the expected form (^[A-Za-z_][A-Za-z0-9_]*$)"),
    ("llm = 3", "[.postil.toml] llm: expected a table, got an integer"),
])
def test_each_wrong_value_is_named_in_plain_words(tmp_path, toml, said):
    assert problem(tmp_path, toml) == said


def test_what_is_right_reads_as_before(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.postil]\nselect = "python"\nmax_file_size = 10\n'
                    '[tool.postil.llm]\ntimeout = 5\nredact-patterns = "token-[0-9]+"\n'
                    '[tool.postil.llm.prices.m]\ninput = 1\noutput = 2.5\n'
                    '[tool.postil.per-file-ignores]\n"tests/*" = ["python/security"]\n')
    settings = parse_config(path).settings
    assert (settings.select, settings.max_file_size, settings.llm.timeout) == (("python",), 10, 5.0)
    assert settings.llm.redact_patterns == ("token-[0-9]+",) and settings.llm.prices["m"].output == 2.5
    assert settings.per_file_ignores == {"tests/*": ("python/security",)}
    assert settings.llm.retries == 2 and settings.test_policy == "off"  # defaults where nothing is set
    assert settings.model_dump(exclude_unset=True)["llm"] == {
        "timeout": 5.0, "redact_patterns": ("token-[0-9]+",), "prices": {"m": {"input": 1.0, "output": 2.5}}}
