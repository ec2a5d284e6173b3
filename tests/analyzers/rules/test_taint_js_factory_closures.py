"""A JavaScript factory returning an object whose method closes over the factory's parameter
(`function ScriptOperator(content) { return { func: async (p) => new Function(content)(p) } }`) holds its
sink for the factory's callers (issue 31): a route handing request data to `ScriptOperator` through its
module's `build(item)` is a flow at the method's sink. Where the factory's own file calls it with data it
cannot follow (an argument of a function picked from a table, `PROCESSORS[item.type](item.args)`), the sink
is not judged clean, so the pattern rule the taint rule supersedes stays (Sub-Store's processors)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROUTE = '''const express = require('express');
const { build } = require('./processors');

const app = express();
app.post('/preview', async (req, res) => {
    const processor = build(req.body.item);
    res.json(await processor.func([]));
});
'''

DIRECT = '''function ScriptOperator(content) {
    return {
        name: 'Script Operator',
        func: async (proxies) => new Function('proxies', content)(proxies),
    };
}

function SortOperator(order) {
    return { name: 'Sort', func: (proxies) => new Function('p', 'return p')(proxies.sort()) };
}

function build(item) {
    return item.type === 'sort' ? SortOperator(item.args.order) : ScriptOperator(item.args.content);
}

module.exports = { build };
'''

TABLE = '''function ScriptOperator(content) {
    return {
        name: 'Script Operator',
        func: async (proxies) => new Function('proxies', content)(proxies),
    };
}

const PROCESSORS = {
    script: (args) => ScriptOperator(String(args.content)),
};

function build(item) {
    const factory = Object.prototype.hasOwnProperty.call(PROCESSORS, item.type) ? PROCESSORS[item.type] : null;
    return factory(item.args);
}

module.exports = { build };
'''

FIXED = '''function ScriptOperator(content) {
    return {
        name: 'Script Operator',
        func: async (proxies) => new Function('proxies', content)(proxies),
    };
}

function build(item) {
    return item.type === 'top' ? ScriptOperator('return proxies.slice(0, 10)') : null;
}

module.exports = { build };
'''


def _findings(root: Path, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        (root / name).write_text(text)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text", "--select",
                          "js/security", str(root)], check=False, capture_output=True, text=True, timeout=300)
    return [line for line in run.stdout.splitlines() if "processors.js" in line]


def test_a_factory_method_closing_over_request_data_is_a_flow_at_its_sink(tmp_path: Path):
    found = _findings(tmp_path, {"route.js": ROUTE, "processors.js": DIRECT})
    # the script operator's code is the request's; the sort operator's function text is fixed
    assert len(found) == 1 and "processors.js:4:" in found[0] and "tainted-code" in found[0], found
    assert "route.js passes" in found[0], found


def test_a_factory_the_file_calls_through_a_table_leaves_its_sink_unjudged(tmp_path: Path):
    found = _findings(tmp_path, {"route.js": ROUTE, "processors.js": TABLE})
    assert len(found) == 1 and "processors.js:4:" in found[0] and "eval-dynamic-code" in found[0], found


def test_a_factory_its_file_calls_with_a_constant_is_judged_clean(tmp_path: Path):
    assert _findings(tmp_path, {"route.js": ROUTE, "processors.js": FIXED}) == []
