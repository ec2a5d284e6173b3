"""The packages whose `__init__.py` re-export a Python module (taint_callers.reexporting_packages) are the
words its importers may spell: `from shop import get_param` imports `shop/lib/params.py` where `shop/lib/__init__.py`
imports `params` and `shop/__init__.py` imports `lib`; a package's `__init__.py` is read once a run however many
modules under it are asked about (NearFiles.package_names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.rules.taint_callers import NearFiles, imported_names, reexporting_packages


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


def _counting_derive(asked: list[Path]):
    def derive(question: str, path: Path):
        assert question == "names"
        asked.append(path)
        return imported_names(path.read_text())
    return derive


# the packages that re-export a module two deep are its words; a package that does not import it ends them
@pytest.mark.parametrize("lib_init, words", [("from .params import get_param\n", ["lib", "shop"]),
                                             ("from .other import thing\n", [])], ids=["two-deep", "stops"])
def test_the_packages_that_re_export_a_module_are_its_words(tmp_path: Path, lib_init, words):
    _tree(tmp_path, {"shop/lib/params.py": "def get_param(r, n):\n    return r.args[n]\n",
                     "shop/lib/__init__.py": lib_init, "shop/__init__.py": "from .lib import get_param\n"})
    near, asked = NearFiles(), []
    names_of = lambda package: near.package_names(package, _counting_derive(asked), True)
    assert reexporting_packages(tmp_path / "shop/lib/params.py", tmp_path, names_of) == words


def test_a_package_init_is_read_once_a_run_for_all_its_modules(tmp_path: Path):
    _tree(tmp_path, {"views/__init__.py": "from . import a, b\n", "views/a.py": "x = 1\n", "views/b.py": "y = 2\n",
                     "views/c.py": "z = 3\n"})
    near, asked = NearFiles(), []
    names_of = lambda package: near.package_names(package, _counting_derive(asked), True)
    words = [reexporting_packages(tmp_path / "views" / name, tmp_path, names_of) for name in ("a.py", "b.py", "c.py")]
    assert words == [["views"], ["views"], []]
    assert asked == [tmp_path / "views" / "__init__.py"]
    near.forget_run()
    reexporting_packages(tmp_path / "views" / "a.py", tmp_path, names_of)
    assert len(asked) == 2  # (files may change after a run)
