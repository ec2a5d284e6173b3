#!/usr/bin/env python3
"""Check the labeled benchmark corpus and print positives per pack and topic.

Labels: a comment line ``<marker> expect: <topic>`` (marker one of # // ; --)
labels the NEXT line as a positive.  Files that cannot hold comments (JSON)
carry a sidecar ``<file>.expect`` with one 1-based line number per line
(optionally ``<line> <topic>``; the topic defaults to ``secret``).

Usage: python bench/corpora/corpus/validate.py [corpus_dir]
Exit status 1 when any structural error is found.
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

LABEL_RE = re.compile(r"^\s*(#|//|;|--)\s*expect:\s*([a-z-]+)\s*$")
LOOSE_RE = re.compile(r"^\s*(#|//|;|--)\s*(expect\b|[a-z]*\s*expect\s*:)", re.IGNORECASE)
COMMENT_ONLY_RE = re.compile(r"^\s*(#|//|;|--|/\*|\*)")

TOPICS = {
    "python-security": {
        "command-injection", "code-injection", "sql-injection", "deserialization", "xxe",
        "weak-hash", "weak-cipher", "insecure-random", "tls-verify-off", "no-timeout",
        "temp-file", "file-permissions", "bind-all", "debug-enabled", "xss", "jwt-no-verify",
        "path-traversal", "ssrf", "assert-security", "insecure-transport", "weak-tls", "csrf",
        "open-redirect", "insecure-session", "regex-dos",
    },
    "python-correctness": {
        "mutable-default", "is-literal", "eq-none", "bare-except", "swallowed-exception",
        "assert-tuple", "unreachable", "shadowed-builtin", "duplicate-key", "implicit-concat",
        "return-in-init", "mutate-while-iterating", "self-comparison", "debugger-left",
        "sys-exit-library", "sync-sleep-async", "cached-generator", "write-to-read-only-file",
        "tempfile-not-flushed",
    },
    "javascript": {
        "code-injection", "xss", "command-injection", "insecure-random", "tls-verify-off",
        "sql-injection", "open-redirect", "weak-hash", "path-traversal", "jwt-no-verify",
        "postmessage-any-origin", "ssrf", "insecure-transport", "insecure-config",
    },
    "go": {
        "sql-injection", "command-injection", "tls-verify-off", "weak-crypto",
        "insecure-random", "unhandled-error",
    },
    "secrets": {"secret"},
}

EXTENSIONS = {
    "python-security": {".py"},
    "python-correctness": {".py"},
    "javascript": {".js", ".ts", ".tsx", ".jsx", ".mjs", ".cjs"},
    "go": {".go"},
}

# Rough "look-alike" detectors: an unlabeled line that mentions one of these
# APIs is a deliberate negative (a trap a naive rule would fire on).
LOOKALIKE = {
    "python-security": re.compile(
        r"subprocess|os\.system|os\.popen|\beval\(|\bexec\(|literal_eval|\.execute\(|text\(|"
        r"yaml\.|pickle|json\.loads|etree|defusedxml|hashlib|md5|sha1|Cipher|AES|Fernet|"
        r"random\.|secrets\.|verify=|ssl\.|requests\.|httpx\.|urlopen|tempfile|/tmp|chmod|"
        r"0\.0\.0\.0|127\.0\.0\.1|host=|debug|DEBUG|Markup|mark_safe|escape|render_template|"
        r"autoescape|jwt\.|send_file|send_from_directory|os\.path\.join|extractall|\bassert\b|"
        r"shell=|open\("
    ),
    "python-correctness": re.compile(
        r"def \w+\(.*=|\bis\b|== ?None|!= ?None|except|assert|return|raise|\blist\b|\bdict\b|"
        r"\bid\b|\btype\b|\binput\b|\bfilter\b|\bmap\b|\bsum\b|\bmax\b|\bmin\b|\bformat\b"
    ),
    "javascript": re.compile(
        r"eval\(|new Function|setTimeout|innerHTML|outerHTML|dangerouslySetInnerHTML|"
        r"document\.write|insertAdjacentHTML|textContent|DOMPurify|exec\(|execFile|spawn|"
        r"Math\.random|crypto\.|rejectUnauthorized|NODE_TLS|query\(|\$\{|redirect|location|"
        r"createHash|md5|sha1"
    ),
    "go": re.compile(
        r"db\.(Query|Exec|QueryRow)|Sprintf|exec\.Command|InsecureSkipVerify|md5|sha1|des\.|rc4|"
        r"math/rand|rand\.|crypto/rand|err\b|_ ="
    ),
    "secrets": re.compile(
        r"(?i)key|token|secret|passw|pwd|credential|auth|sha|uuid|digest|dsn|url"
    ),
}


def topic_vocab(pack: str) -> set[str]:
    return TOPICS.get(pack, set())


def parse_file(path: Path, pack: str, errors: list[str]):
    """Return (labels, lookalike_count, line_count); labels = [(line, topic)]."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        errors.append(f"{path}: not valid UTF-8")
        return [], 0, 0
    lines = text.splitlines()
    labels: list[tuple[int, str]] = []
    labeled_lines: set[int] = set()
    sidecar = path.with_name(path.name + ".expect")
    if sidecar.exists():
        for n, raw in enumerate(sidecar.read_text(encoding="utf-8").splitlines(), 1):
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            parts = raw.split()
            if not parts[0].isdigit():
                errors.append(f"{sidecar}:{n}: not a line number: {raw!r}")
                continue
            line_no = int(parts[0])
            topic = parts[1] if len(parts) > 1 else "secret"
            if not 1 <= line_no <= len(lines):
                errors.append(f"{sidecar}:{n}: line {line_no} outside {path.name} ({len(lines)} lines)")
                continue
            if not lines[line_no - 1].strip():
                errors.append(f"{sidecar}:{n}: line {line_no} of {path.name} is empty")
            if topic not in topic_vocab(pack):
                errors.append(f"{sidecar}:{n}: unknown topic {topic!r} for pack {pack}")
            labels.append((line_no, topic))
            labeled_lines.add(line_no)
    for i, line in enumerate(lines):
        m = LABEL_RE.match(line)
        if not m:
            if LOOSE_RE.match(line):
                errors.append(f"{path}:{i + 1}: malformed expect comment: {line.strip()!r}")
            continue
        topic = m.group(2)
        if topic not in topic_vocab(pack):
            errors.append(f"{path}:{i + 1}: unknown topic {topic!r} for pack {pack}")
        if i + 1 >= len(lines):
            errors.append(f"{path}:{i + 1}: expect comment on the last line")
            continue
        nxt = lines[i + 1]
        if not nxt.strip():
            errors.append(f"{path}:{i + 1}: expect comment followed by an empty line")
        elif LABEL_RE.match(nxt):
            errors.append(f"{path}:{i + 1}: two expect comments in a row (one label per line)")
        elif COMMENT_ONLY_RE.match(nxt) and pack != "secrets":
            errors.append(f"{path}:{i + 1}: expect comment followed by a comment, not code")
        labels.append((i + 2, topic))
        labeled_lines.add(i + 2)
    lookalikes = 0
    rx = LOOKALIKE.get(pack)
    if rx is not None:
        for i, line in enumerate(lines, 1):
            if i in labeled_lines or LABEL_RE.match(line) or not line.strip():
                continue
            if COMMENT_ONLY_RE.match(line) and pack != "secrets":
                continue
            if rx.search(line):
                lookalikes += 1
    return labels, lookalikes, len(lines)


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    errors: list[str] = []
    warnings: list[str] = []
    per_topic: dict[str, Counter] = defaultdict(Counter)
    per_pack_files: Counter = Counter()
    per_pack_look: Counter = Counter()
    for pack in TOPICS:
        pdir = root / pack
        if not pdir.is_dir():
            errors.append(f"missing pack directory {pdir}")
            continue
        for path in sorted(p for p in pdir.rglob("*") if p.is_file()):
            if "__pycache__" in path.parts or path.suffix in {".pyc", ".pyo"}:
                continue
            if path.name.endswith(".expect"):
                target = path.with_name(path.name[: -len(".expect")])
                if not target.exists():
                    errors.append(f"{path}: sidecar without its file")
                continue
            exts = EXTENSIONS.get(pack)
            if exts is not None and path.suffix not in exts:
                warnings.append(f"{path}: unexpected extension for pack {pack}")
            labels, look, nlines = parse_file(path, pack, errors)
            if not 30 <= nlines <= 150:
                warnings.append(f"{path}: {nlines} lines (target 30-150)")
            per_pack_files[pack] += 1
            per_pack_look[pack] += look
            for _, topic in labels:
                per_topic[pack][topic] += 1

    print(f"{'pack':<20} {'topic':<20} {'positives':>9}")
    print("-" * 51)
    for pack in TOPICS:
        for topic in sorted(per_topic[pack]):
            print(f"{pack:<20} {topic:<20} {per_topic[pack][topic]:>9}")
        missing = sorted(topic_vocab(pack) - set(per_topic[pack]))
        total = sum(per_topic[pack].values())
        print(f"{pack:<20} {'TOTAL':<20} {total:>9}   files={per_pack_files[pack]}"
              f" unlabeled-lookalike-lines={per_pack_look[pack]}")
        if missing:
            print(f"{pack:<20} topics without positives: {', '.join(missing)}")
        print("-" * 51)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
