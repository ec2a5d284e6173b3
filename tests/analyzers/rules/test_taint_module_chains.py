"""Which modules whose functions take no argument are searched for reads of stored fields (see
taint_stored_names.module_chains): those reading a field through a name they import from a package
(`settings.app.url` after `from pritunl import settings`), found where each imported name is read."""

from __future__ import annotations

import pytest

from postil.analyzers.rules.taint_stored_names import module_chains


@pytest.mark.parametrize(("text", "reads"), [
    ("from pritunl import settings\n\ndef sso():\n    return settings.app.sso_url\n", True),
    ("from pritunl import utils, settings\nURL = settings.app.url\n", True),  # (the second name of a list)
    ("import settings\nURL = settings.app.url\n", False),  # (a plain import names no package's attribute)
    ("from pritunl import settings\nURL = settings.app\n", False),  # (no field of a field)
    ("from pritunl import settings\nURL = my.settings.app.url\n", False),  # (another object's `settings`)
    ("from pritunl import settings\nURL = my_settings.app.url\n", False),
    ("from pritunl import Settings\nURL = Settings.app.url\n", False),  # (a class, not a module's name)
    ("from pritunl import settings\nsettings.a.b = 1\nsettings.app.url\n", True),
    ("x = 1\n  from pritunl import settings\nURL = settings.app.url\n", False),  # (indented: not the module's import)
    ("from pritunl import settings\nURL = settings . app . url\n", False),
    ("", False),
])
def test_a_module_reads_a_field_through_a_name_it_imports_from_a_package(text: str, reads: bool):
    assert module_chains(text) is reads
