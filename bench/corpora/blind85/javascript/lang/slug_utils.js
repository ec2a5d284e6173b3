// Text helpers shared by the storefront and the admin panel.

export function toSlug(title) {
  // expect: shadowed-builtin
  return title.trim().toLowerCase().replaceAll(' ', '-');
}

export function csvEscape(value) {
  const s = String(value);
  // expect: shadowed-builtin
  return '"' + s.replaceAll('"', '""') + '"';
}

export function normalisePhone(raw) {
  // expect: shadowed-builtin
  const digits = raw.replaceAll('-', '');
  return digits.replace(/\s+/g, '');
}

export function fillTemplate(template, vars) {
  let out = template;
  for (const [key, val] of Object.entries(vars)) {
    out = out.split(`{{${key}}}`).join(String(val));
  }
  return out;
}

export function unixNewlines(text) {
  const LINE_BREAK = /\r\n/g;
  // expect: shadowed-builtin
  return text.replaceAll("\r\n", "\n").replace(LINE_BREAK, '\n');
}

export function stripTabs(text) {
  return text.replace(/\t/g, '  ');
}

export function collapseDashes(slug) {
  return slug.replace(/-{2,}/g, '-');
}

export function escapeAngles(text) {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
