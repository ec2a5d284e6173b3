"""Express route parameters whose path keeps them to word characters (TileServer GL's
`/styles/:id/sprite:scale(@[23]x)?.:format([\\w]+)`) are clean wherever the route reads them; an
unconstrained one, or one whose constraint lets a dot or a slash through (`:file(.*)`), is still the
client's. The constraint reader on its own, then the real CLI over a file."""

from __future__ import annotations

from pathlib import Path

from postil.analyzers.rules.taint_route_params import constrained_names
from tests.analyzers.rules.checked_tree import taint_findings

ROUTES = r"""const express = require('express');
const app = express();

app.get('/styles/:id/sprite:scale(@[23]x)?.:format([\\w]+)', (req, res) => {
  res.sendFile(`/srv/sprites/sprite${req.params.scale || ''}.${req.params.format}`);
});

app.get('/tiles/:z(\\d+)/:name', (req, res) => {
  res.sendFile(`/srv/tiles/${req.params.z}/${req.params.name}.png`);
});

app.get('/files/:file(.*)', (req, res) => {
  res.sendFile(`/srv/files/${req.params.file}`);
});
"""


def test_word_only_constraints_are_told_from_the_others():
    assert constrained_names(r"/styles/:id/sprite:scale(@[23]x)?.:format([\\w]+)") == {"scale", "format"}
    assert constrained_names(r"/:width(\\d+)x:height(\d+):ratio(ab|[A-Z0-9]{1,3}?)") == {"width", "height", "ratio"}
    assert constrained_names("/files/:file(.*)/:rest([^/]+)/:range([+-@]+)/:id/:key(*)/:any(a|*)") == set()
    assert constrained_names("/:type(sgv|mbg|cal)") == {"type"}


def test_an_at_sign_counts_only_as_a_literal_outside_a_class():
    # `@` after a URL's host turns what precedes it into credentials: `[@\w]+` lets `evil.com@` spellings in
    assert constrained_names(r"/u/:user([@\w]+)/:handle(@\w+)/:scale(@[23]x)") == {"handle", "scale"}
    # separators and quantifier marks count only where they quantify or alternate
    assert constrained_names(r"/:a([,\w]+)/:b({\w})/:c(\w|)/:d(\w+|?)/:e(\d{2,4})") == {"e"}


def test_a_constrained_parameter_is_clean_and_the_others_are_not(tmp_path: Path):
    found = taint_findings(tmp_path, {"server.js": ROUTES}, select="js/security/tainted-path")
    assert found == ["server.js:9 tainted-path", "server.js:13 tainted-path"], found
