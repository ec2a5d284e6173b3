"""Structural check and per-pack/topic counts for bench/corpora/holdout (stdlib only).
Usage: python bench/corpora/holdout/tools/validate.py bench/corpora/holdout"""
import re, sys
from pathlib import Path
LABEL = re.compile(r"^\s*(#|//|;|--)\s*expect:\s*([a-z-]+)\s*$")
ANY = re.compile(r"expect:")
TOPICS = {
 "python-security": "command-injection code-injection sql-injection deserialization xxe weak-hash weak-cipher insecure-random tls-verify-off no-timeout temp-file file-permissions bind-all debug-enabled xss jwt-no-verify path-traversal ssrf assert-security".split(),
 "python-correctness": "mutable-default is-literal eq-none bare-except swallowed-exception assert-tuple unreachable shadowed-builtin".split(),
 "javascript": "code-injection xss command-injection insecure-random tls-verify-off sql-injection open-redirect weak-hash".split(),
 "go": "sql-injection command-injection tls-verify-off weak-crypto insecure-random unhandled-error".split(),
 "secrets": ["secret"],
}
root = Path(sys.argv[1]); bad = 0
from collections import Counter
for pack, topics in TOPICS.items():
    c = Counter(); files = 0
    for p in sorted((root / pack).rglob("*")):
        if not p.is_file() or p.suffix == ".md": continue
        if p.name.endswith(".expect"):
            tgt = p.with_name(p.name[:-7]); lines = tgt.read_text().splitlines()
            for n in p.read_text().split():
                n = int(n)
                if not (1 <= n <= len(lines)) or not lines[n-1].strip(): print("bad sidecar", p, n); bad += 1
                c["secret"] += 1
            continue
        files += 1
        lines = p.read_text().splitlines()
        for i, line in enumerate(lines):
            if ANY.search(line):
                m = LABEL.match(line)
                if not m: print("malformed", p, i+1, line); bad += 1; continue
                if m.group(2) not in topics: print("topic", p, i+1, m.group(2)); bad += 1
                nxt = lines[i+1] if i+1 < len(lines) else ""
                comment = r"^\s*#" if p.name == ".npmrc" else r"^\s*(#|//)"
                if not nxt.strip() or LABEL.match(nxt) or re.match(comment, nxt): print("next line", p, i+2, nxt); bad += 1
                c[m.group(2)] += 1
    print(pack, files, "files", sum(c.values()), dict(c))
sys.exit(1 if bad else 0)
