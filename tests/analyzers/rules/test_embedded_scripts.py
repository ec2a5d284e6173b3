"""The JavaScript/TypeScript in `<script>` blocks is checked where it is code: a Vue single-file
component's `<script setup lang="ts">`, a Svelte component's script, a static page's inline script —
each finding on the file's own line and column, the block's own suppression comments honoured;
data blocks (`application/json`, `text/x-template`), a server template's scripts holding its tags,
and what only a component compiler reads (Svelte's `items = items`, `export { x as class }`) are
not reported. Svelte's `{@html value}` is its template's HTML sink. Real rules, the real scan, in
process and in bulk (ast-grep's CLI for the page's own rules)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.tree_scan import scanned

VUE = '''<template>
  <div class="preview">{{ title }}</div>
</template>

<script setup lang="ts">
import { ref } from 'vue'
const title = ref<string>('')
function preview(expr: string): unknown {
  return eval(expr)
}
document.querySelector('#out')!.innerHTML = location.hash.slice(1)
// postil: ignore
const again = eval(title.value)
</script>

<style scoped>
.preview { color: red }
</style>
'''

PAGE = '''<!doctype html>
<html><body>
<script type="application/json" id="state">{"next": "eval(location.hash)"}</script>
<script type="text/x-template" id="row"><td onclick="eval(location.hash)">row</td></script>
<!-- <script>eval(location.hash)</script> -->
<script>
  var next = new URLSearchParams(location.search).get('next');
  window.location = next;
</script>
</body></html>
'''

JINJA = '''{% extends "base.html" %}
<script>
  {% if user %}var who = "{{ user.id|int }}";{% endif %}
  setTimeout(function () { document.body.className = "ready" }, 10)
</script>
'''

SVELTE = '''<script>
  export let items = [];
  export let body = "";
  let className = undefined;
  export { className as class };
  function add(item) {
    items.push(item);
    items = items;
  }
  const url = new URLSearchParams(location.search).get('u');
  document.write(url);
</script>

<ul class={className}>
  {#each items as item}<li title={item.title}>{item.name}</li>{/each}
</ul>
<div class="body">{@html body}</div>
<div class="safe">{@html DOMPurify.sanitize(body)}</div>
<p>{@html '&nbsp;'}</p>
'''


def _findings(root: Path, bulk_scan: bool, monkeypatch) -> list[tuple]:
    return sorted((path, f.span.start_line + 1, f.span.start_col + 1, f.rule)
                  for path, f in scanned(root, bulk_scan, monkeypatch))


@pytest.mark.parametrize("bulk_scan", [False, True])
def test_component_and_page_scripts_are_checked_where_they_are_code(tmp_path, monkeypatch, bulk_scan):
    for name, text in {"Preview.vue": VUE, "index.html": PAGE, "account.html": JINJA, "List.svelte": SVELTE}.items():
        (tmp_path / name).write_text(text)
    found = _findings(tmp_path, bulk_scan=bulk_scan, monkeypatch=monkeypatch)
    assert [(path, line, column, rule) for path, line, column, rule in found] == [
        ("List.svelte", 10, 3, "js/security/tainted-xss"),  # URL data written into the page
        ("List.svelte", 17, 19, "js/security/svelte-html-tag"),  # not the sanitized one nor the constant
        ("Preview.vue", 9, 10, "js/security/eval-dynamic-code"),  # (TypeScript: lang="ts")
        ("Preview.vue", 11, 1, "js/security/tainted-xss"),  # the second eval is suppressed in the script
        ("index.html", 8, 3, "js/security/tainted-redirect"),  # not the JSON, template or commented blocks
    ], found
