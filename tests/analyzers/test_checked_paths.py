"""The paths a check asks of a scanned file more than once are made once a real path (see
checked_paths), and a path object's language is read off it, not off a copy (languages)."""

from pathlib import Path, PurePath

from postil.analyzers import checked_paths
from postil.analyzers.languages import language_of, path_suffix


def _counting_paths(monkeypatch) -> list:
    made = []

    def counting(*args):
        made.append(args)
        return Path(*args)

    monkeypatch.setattr(checked_paths, "Path", counting)
    return made


def test_relative_path_of_a_real_path_is_made_once(tmp_path, monkeypatch):
    made = _counting_paths(monkeypatch)
    real = str(tmp_path / "views" / "case1.py")
    first = checked_paths.relative_path(Path("views/case1.py"), tmp_path, real)
    again = checked_paths.relative_path(Path("views/case1.py"), tmp_path, real)
    assert first == again == "views/case1.py"
    assert len(made) == 1


def test_relative_path_outside_the_root_is_the_path_itself(tmp_path, monkeypatch):
    made = _counting_paths(monkeypatch)
    for _ in range(2):
        assert checked_paths.relative_path(Path("../x.py"), tmp_path / "app", str(tmp_path / "x.py")) == "../x.py"
    assert len(made) == 1


def test_relative_path_without_a_real_path_resolves_it_each_time(tmp_path, monkeypatch):
    (tmp_path / "a.py").write_text("")
    monkeypatch.chdir(tmp_path)
    made = _counting_paths(monkeypatch)
    assert checked_paths.relative_path(Path("a.py"), tmp_path) == "a.py"
    assert checked_paths.relative_path(Path("a.py"), tmp_path) == "a.py"
    assert made == []  # (not kept: a link may change between checks)


def test_importer_of_a_real_path_is_one_path_object(tmp_path, monkeypatch):
    made = _counting_paths(monkeypatch)
    real = str(tmp_path / "case2.py")
    first, again = checked_paths.importer(Path("case2.py"), real), checked_paths.importer(Path("case2.py"), real)
    assert first is again and first == Path(real)
    assert len(made) == 1
    assert checked_paths.importer(Path("case2.py"), None) == Path("case2.py").absolute()


def test_a_path_objects_language_is_read_without_copying_it(monkeypatch):
    made = []
    original = PurePath.__new__

    def counting(cls, *args, **kwargs):
        made.append(args)
        return original(cls, *args, **kwargs)

    path = Path("/srv/app/views/case3.py")
    monkeypatch.setattr(PurePath, "__new__", staticmethod(counting))
    assert language_of(path) == "python" and path_suffix(path) == ".py"
    assert made == []
    assert language_of("views/page.HTML") == "html" and path_suffix("a/b.tar.gz") == ".gz"
    assert len(made) == 2
