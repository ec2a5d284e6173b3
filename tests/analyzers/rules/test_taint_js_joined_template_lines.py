"""A Pug or EJS template kept as a module's array of literal lines, joined and compiled
(`pug.compile(layoutLines.join('\\n'))`, never pushed to), escapes the request values it is filled with, as one
compiled from a single literal does: sending its output is not cross-site scripting. Where a line
writes a value raw (`!=`, `<%-`), the request value may fill it, and the send stays reported."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import load_config

LAYOUT = """\
const pug = require('pug');

const layoutLines = [
  'doctype html',
  'html',
  '  body',
  '    p.coupon= couponCode',
  '    footer= RAW_FOOTER',
];

const renderLayout = pug.compile(layoutLines.join('\\n'), { filename: 'layout.pug' });

function checkoutPage(req, res) {
  const html = renderLayout({ couponCode: req.query.coupon || '' });
  res.type('html').send(html);
}

module.exports = { checkoutPage };
"""


def _xss_lines(tmp_path, text: str) -> list[int]:
    path = tmp_path / "layout.js"
    path.write_text(text)
    report = Checker(load_config(path)).check_file(path)
    return [f.span.start_line + 1 for f in report.findings if f.rule == "js/security/tainted-xss"]


def test_a_template_joined_from_literal_lines_escapes_request_values(tmp_path):
    assert _xss_lines(tmp_path, LAYOUT) == []


def test_a_joined_template_with_a_raw_line_stays_reported(tmp_path):
    raw = LAYOUT.replace("'    footer= RAW_FOOTER'", "'    div.note!= couponCode'")
    assert _xss_lines(tmp_path, raw) != []


def test_lines_pushed_to_are_not_a_fixed_template(tmp_path):
    pushed = LAYOUT.replace("const renderLayout", "layoutLines.push(process.env.EXTRA_LINE);\nconst renderLayout")
    assert _xss_lines(tmp_path, pushed) != []


def test_lines_holding_a_value_are_not_a_fixed_template(tmp_path):
    built = LAYOUT.replace("'    footer= RAW_FOOTER',", "'    p ' + process.env.BANNER,")
    assert _xss_lines(tmp_path, built) != []
