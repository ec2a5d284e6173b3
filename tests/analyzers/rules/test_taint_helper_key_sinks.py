"""A helper of the file whose sink is a subscript's key (`store[section][key] = value`,
`node[keys[keys.length - 1]] = value` after `node = node[key]`) reads the parameter in that key: keys
were cut from the helper's reads, as a key is from a value's, so the flow into the helper was lost and
prototype pollution was reported at the call (or nowhere) instead of at the write. A caller handing the
helper fixed names stays clean. Real CLI, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

APP = '''function setByPath(target, dotted, value) {
    const keys = String(dotted).split('.');
    let node = target;
    for (const key of keys.slice(0, -1)) {
        if (typeof node[key] !== 'object') node[key] = {};
        node = node[key];
    }
    node[keys[keys.length - 1]] = value;
    return target;
}

app.patch('/prefs/key', (req, res) => {
    res.json(setByPath({}, req.body.key, req.body.value));
});

app.patch('/prefs/theme', (req, res) => {
    res.json(setByPath({}, 'ui.theme', req.body.theme));
});
'''


def test_a_path_setter_of_the_file_is_reported_at_its_write_with_the_tainted_call(tmp_path: Path):
    (tmp_path / "app.js").write_text(APP)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "json", "--exit-zero",
                          "--select", "js/security/tainted-prototype-pollution", str(tmp_path)],
                         check=False, capture_output=True, text=True, timeout=300)
    found = json.loads(run.stdout)["findings"]
    assert [f["line"] for f in found] == [8], found
    calls = [r["line"] for r in found[0]["related"] if r.get("call")]
    assert calls == [13], found[0]["related"]
