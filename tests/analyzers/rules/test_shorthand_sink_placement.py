"""A sink that is a shorthand field (`transport.sendMail({ to, subject, html })`, the e-mail's HTML body) is
placed as one written out (`html: html`): its finding runs from the statement that built the markup to the
field, and the corpora label that statement (issue 31: blind168's CMSaasStarter admin e-mail, blind108's)."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.test_javascript_framework_rules import checker  # noqa: F401 (a fixture)

MAILER = """\
import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport(process.env.SMTP_URL);

app.post('/contact', async (req, res) => {
  const html = `<p>From ${req.body.name}</p><div>${req.body.message}</div>`;
  console.info('contact form sent');
  await transport.sendMail({ to: 'admin@example.com', subject: 'Contact', html });
  res.sendStatus(204);
});
"""


def test_a_shorthand_html_field_is_reported_from_where_its_markup_is_built(checker):
    path = Path(checker.loaded.root) / "server" / "contact.js"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(MAILER)
    found = [f for f in checker.check_text(path, MAILER) if f.rule == "js/security/tainted-xss"]
    assert [(f.span.start_line + 1, f.sink_span.start_line + 1) for f in found] == [(6, 8)]
