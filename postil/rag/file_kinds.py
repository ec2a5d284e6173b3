"""What the index does with a file: parse it, treat it as prose, window it, or skip it."""

from __future__ import annotations

from pathlib import PurePath

from postil.analyzers.languages import language_of

# Grammars in tree-sitter-language-pack that we chunk by syntax tree.
PARSED = frozenset(
    {
        "python", "javascript", "typescript", "tsx", "go", "rust", "java", "c", "cpp",
        "csharp", "ruby", "php", "kotlin", "swift", "scala", "lua", "bash",
    }
)
PROSE_EXTENSIONS = frozenset({".md", ".markdown", ".mdx", ".rst", ".txt", ".adoc"})
PROSE_NAMES = frozenset({"readme", "contributing", "changelog", "changes", "authors", "notice", "license"})
# Text formats without a grammar here: chunked by line windows.
TEXT_EXTENSIONS = frozenset(
    {
        ".toml", ".ini", ".cfg", ".conf", ".sql", ".proto", ".graphql", ".gradle", ".cmake",
        ".yml", ".yaml", ".json", ".html", ".htm", ".css", ".scss", ".vue", ".svelte",
        ".dart", ".ex", ".exs", ".erl", ".hs", ".ml", ".r", ".pl", ".pm", ".m", ".zig",
        ".nim", ".jl", ".clj", ".el", ".tf", ".hcl", ".xml", ".pyx", ".pxd",
    }
)
TEXT_NAMES = frozenset({"makefile", "dockerfile", "justfile", "rakefile", "gemfile", "cmakelists.txt"})
# Generated or machine-written files: indexing them only adds noise.
GENERATED_SUFFIXES = (".min.js", ".min.css", ".map", ".lock", "-lock.json", ".pb.go", "_pb2.py")
GENERATED_NAMES = frozenset({"package-lock.json", "yarn.lock", "pnpm-lock.yaml", "cargo.lock", "poetry.lock", "go.sum"})


def file_kind(path: str | PurePath) -> tuple[str, str | None]:
    """("code", language) | ("prose", None) | ("text", None) | ("skip", reason)."""
    p = PurePath(path)
    name = p.name.lower()
    if name in GENERATED_NAMES or name.endswith(GENERATED_SUFFIXES):
        return "skip", "generated"
    language = language_of(p)
    if language in PARSED:
        return "code", language
    suffix = p.suffix.lower()
    stem = name.split(".", 1)[0]
    if suffix in PROSE_EXTENSIONS or (not suffix and stem in PROSE_NAMES):
        return "prose", None
    if suffix in TEXT_EXTENSIONS or name in TEXT_NAMES or language is not None:
        return "text", None
    if stem in PROSE_NAMES:
        return "prose", None
    return "skip", "unsupported type"
