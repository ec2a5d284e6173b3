"""Issue 36 in the editor: "Make this a rule" on a model finding saves a tested rule once the user
picks Save (and republishes with it), and "dismiss" writes the team's .postil-baseline, which
another clone's editor honours without this machine's .postil/."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from lsp_harness import EDITORS, diagnostics, edit_and_save, open_doc, running, wait_for
from lsprotocol import types

from postil import trust_store
from postil.analyzers.rules.bulk import ast_grep_binary

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))
import pytest
from fake_provider import Reply, finding  # noqa: E402
from learned_rule import ORDERS, RULE  # noqa: E402
from test_server_llm import CODE, EDITED, NO_INDEX, llm, review_ends, run_action  # noqa: E402

pytestmark = pytest.mark.slow  # language-server sessions


def project(root: Path, fake) -> Path:
    root.mkdir(exist_ok=True)
    (root / ".postil.toml").write_text(f'rule-dirs = ["tools/rules"]\n[llm]\nprovider = "openai-compatible"\n'
                                       f'base-url = "{fake.openai_url}"\nmodel = "test-model"\n')
    trust_store.record([root / ".postil.toml"])
    (root / "shop.py").write_text(CODE)
    (root / "orders.py").write_text(ORDERS)
    return root / "shop.py"


async def model_finding(client, fake, path: Path):
    fake.answer(finding("result += item.price", "item.price may be None", improved="result += item.price or 0",
                        category="bug"))
    uri = open_doc(client, path, CODE)
    edit_and_save(client, path, uri, EDITED)
    [d] = llm(await diagnostics(client, uri, lambda ds: llm(ds), "the model finding"))
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=d.range,
        context=types.CodeActionContext(diagnostics=[d])))
    return uri, d, actions


async def test_make_this_a_rule_saves_a_tested_rule_once_the_user_picks_save(tmp_path, fake):
    path = project(tmp_path / "shop", fake)
    root = path.parent
    asked: list[str] = []
    async with running(root, EDITORS["vscode"](), init_options=NO_INDEX) as client:
        @client.feature(types.WINDOW_SHOW_MESSAGE_REQUEST)
        def pick(params: types.ShowMessageRequestParams):
            asked.append(params.message)
            return types.MessageActionItem(title="Save the rule")

        uri, _d, actions = await model_finding(client, fake, path)
        [make] = [a for a in actions if a.title.endswith("Make this a rule")]
        fake.script.append(Reply(payload={"rule_yaml": RULE}))
        await run_action(client, make)
        await wait_for(client, lambda: any("saved rule shop/price-may-be-none" in m.message
                                           for m in client.messages), "the rule saved")
        assert asked and "matches 2 place(s): orders.py:4, shop.py:4" in asked[0]
        orders = open_doc(client, root / "orders.py", ORDERS)
        found = await diagnostics(client, orders, lambda ds: any(d.code == "shop/price-may-be-none" for d in ds),
                                  "the learned rule in orders.py")
        assert [d.range.start.line for d in found if d.code == "shop/price-may-be-none"] == [3]

    rules = root / "tools" / "rules"
    tested = subprocess.run([sys.executable, "-P", "-m", "postil", "rules", "test"], cwd=root, capture_output=True,
                            text=True)
    assert tested.returncode == 0 and "FAIL" not in tested.stdout, tested.stdout + tested.stderr
    sg = subprocess.run([ast_grep_binary(), "test", "-c", str(rules / "sgconfig.yml"), "--skip-snapshot-tests"],
                        cwd=root, capture_output=True, text=True)
    assert sg.returncode == 0 and "PASS shop/price-may-be-none" in sg.stdout, sg.stdout + sg.stderr


async def test_make_this_a_rule_that_the_user_does_not_save_becomes_a_draft(tmp_path, fake):
    path = project(tmp_path / "shop", fake)
    root = path.parent
    async with running(root, EDITORS["vscode"](), init_options=NO_INDEX) as client:
        @client.feature(types.WINDOW_SHOW_MESSAGE_REQUEST)
        def pick(params: types.ShowMessageRequestParams):
            return types.MessageActionItem(title="Edit it first")

        _uri, _d, actions = await model_finding(client, fake, path)
        [make] = [a for a in actions if a.title.endswith("Make this a rule")]
        fake.script.append(Reply(payload={"rule_yaml": RULE}))
        await run_action(client, make)
        await wait_for(client, lambda: client.record.shown_documents, "the draft shown")
    assert client.record.shown_documents[0].uri.endswith("/.postil/learned/shop-price-may-be-none.yml")
    assert not (root / "tools").exists()


async def test_an_editor_dismissal_is_shared_through_the_committed_baseline(tmp_path, fake):
    path = project(tmp_path / "alice", fake)
    async with running(path.parent, EDITORS["neovim"](), init_options=NO_INDEX) as client:
        uri, _d, actions = await model_finding(client, fake, path)
        [dismiss] = [a for a in actions if a.title.endswith("dismiss this finding")]
        await run_action(client, dismiss)
        assert not llm(await diagnostics(client, uri, lambda ds: not llm(ds), "the finding gone"))
    baseline = (path.parent / ".postil-baseline").read_text()
    assert "\tllm/bug\tshop.py\tdismissed in the editor" in baseline

    bob = tmp_path / "bob"  # another clone: the same files and baseline, none of alice's .postil/
    shutil.copytree(path.parent, bob, ignore=shutil.ignore_patterns(".postil"))
    trust_store.record([bob / ".postil.toml"])
    sent = len(fake.received)
    async with running(bob, EDITORS["neovim"](), init_options=NO_INDEX) as client:
        fake.answer(finding("result += item.price", "item.price may be None", category="bug"))
        uri = open_doc(client, bob / "shop.py", CODE)
        edit_and_save(client, bob / "shop.py", uri, EDITED)
        await wait_for(client, lambda: review_ends(client) == 1 and len(fake.received) > sent, "bob's review")
        [end] = [r[-1].message for t, r in client.progress_reports.items() if str(t).startswith("postil-review")]
        assert end.endswith("; 1 finding hidden as dismissed before")  # hidden by the file, not alice's .postil/
        assert not llm(await diagnostics(client, uri, lambda ds: True, "bob's diagnostics"))


async def test_a_rule_finding_is_dismissed_for_the_team_without_an_llm_provider(tmp_path):
    root = tmp_path / "repo"
    root.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    path = root / "run.py"
    text = "def run(command):\n    return eval(command)\n"
    path.write_text(text)
    async with running(root, EDITORS["neovim"]()) as client:
        uri = open_doc(client, path, text)
        [d] = await diagnostics(client, uri, lambda ds: len(ds) == 1, "the eval finding")
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=d.range,
            context=types.CodeActionContext(diagnostics=[d])))
        [dismiss] = [a for a in actions if a.title.endswith("dismiss for the team (.postil-baseline)")]
        await run_action(client, dismiss)
        assert not await diagnostics(client, uri, lambda ds: not ds, "the finding hidden")
    line = (root / ".postil-baseline").read_text().splitlines()[-1]
    assert line.split("\t")[1:] == ["python/security/eval-exec-non-literal", "run.py", "dismissed in the editor"]
    checked = subprocess.run([sys.executable, "-P", "-m", "postil", "check", "run.py"], cwd=root,
                             capture_output=True, text=True)
    assert checked.returncode == 0 and "no findings" in checked.stdout, checked.stdout + checked.stderr
