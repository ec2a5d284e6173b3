"""Which language a file is, and how that language writes a line comment."""

from __future__ import annotations

from pathlib import PurePath

# File extension → ast-grep / tree-sitter language name.
EXTENSION_LANGUAGES: dict[str, str] = {
    ".py": "python", ".pyi": "python", ".pyw": "python",
    ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript", ".jsx": "javascript",
    ".ts": "typescript", ".mts": "typescript", ".cts": "typescript",
    ".tsx": "tsx",
    ".go": "go",
    ".rs": "rust",
    ".java": "java",
    ".kt": "kotlin", ".kts": "kotlin",
    ".c": "c", ".h": "c",
    ".cc": "cpp", ".cpp": "cpp", ".cxx": "cpp", ".hpp": "cpp", ".hh": "cpp", ".hxx": "cpp",
    ".cs": "csharp",
    ".rb": "ruby",
    ".php": "php",
    ".swift": "swift",
    ".scala": "scala",
    ".lua": "lua",
    ".sh": "bash", ".bash": "bash",
    ".yml": "yaml", ".yaml": "yaml",
    ".json": "json",
    ".html": "html", ".htm": "html",
    # server-side templates, read as HTML: the template rules (packs/rules/templates.yml) match
    # their output tags in the text (EJS `<%- %>`, Handlebars/Mustache `{{{ }}}`, Pug `!=` lines)
    ".ejs": "html", ".hbs": "html", ".handlebars": "html", ".mustache": "html", ".pug": "html", ".jade": "html",
    # Vue and Svelte components, read as HTML: their template's directives (`v-html`); their
    # `<script>` blocks (and a page's) are checked as JavaScript/TypeScript too (rules/embedded_scripts.py)
    ".vue": "html", ".svelte": "html",
    ".css": "css",
}

# Languages whose rules also apply to another grammar: JavaScript rules run on
# TypeScript and TSX files, TypeScript rules on TSX files.
RULE_LANGUAGE_TARGETS: dict[str, tuple[str, ...]] = {
    "javascript": ("javascript", "typescript", "tsx"),
    "js": ("javascript", "typescript", "tsx"),
    "jsx": ("javascript", "typescript", "tsx"),
    "typescript": ("typescript", "tsx"),
    "ts": ("typescript", "tsx"),
    "tsx": ("tsx",),
}

def rule_targets(language: str) -> tuple[str, ...]:
    """The file languages a rule written for ``language`` runs on."""
    return RULE_LANGUAGE_TARGETS.get(language, (language,))


# Rule-file spellings of language names → canonical names (ast-grep accepts aliases).
LANGUAGE_ALIASES: dict[str, str] = {
    "py": "python", "js": "javascript", "jsx": "javascript", "ts": "typescript",
    "golang": "go", "rs": "rust", "c++": "cpp", "cs": "csharp", "c#": "csharp",
    "rb": "ruby", "sh": "bash", "shell": "bash", "yml": "yaml", "kt": "kotlin",
}

SUPPORTED_LANGUAGES = frozenset(EXTENSION_LANGUAGES.values())

_HASH = ("python", "ruby", "bash", "yaml")
_SLASH = ("javascript", "typescript", "tsx", "go", "rust", "java", "kotlin", "c", "cpp",
          "csharp", "php", "swift", "scala", "json", "css")

# Files that are not a parsed language still get a comment syntax for suppressions.
_HASH_NAMES = {"dockerfile", "makefile", ".env", ".gitignore"}
_HASH_EXTENSIONS = {".toml", ".ini", ".cfg", ".conf", ".env", ".properties", ".txt", ".r", ".pl"}
_DASH_EXTENSIONS = {".sql", ".lua", ".hs"}
_SEMICOLON_EXTENSIONS = {".el", ".clj", ".lisp", ".asm"}
# Pug has no tags: HTML's grammar reads it as text, and its comments are `//` lines
PUG_SUFFIXES = frozenset({".pug", ".jade"})


def language_of(path: str | PurePath) -> str | None:
    """The parser language for a path, or None when no grammar applies."""
    return language_of_suffix(path_suffix(path))


def path_suffix(path: str | PurePath) -> str:
    """``PurePath(path).suffix``, read off a path object as it is (a copy of one re-parses its
    parts: ~25 k instructions, and a checked file asks ~8 times)."""
    return (path if isinstance(path, PurePath) else PurePath(path)).suffix


def language_of_suffix(suffix: str) -> str | None:
    """language_of a path with this suffix (``.py``), for callers that have it already."""
    return EXTENSION_LANGUAGES.get(suffix.lower())


def canonical_language(name: str) -> str:
    """A rule file's language name in the spelling the parser uses."""
    lowered = name.strip().lower()
    return LANGUAGE_ALIASES.get(lowered, lowered)


def comment_prefix(path: str | PurePath) -> tuple[str, str]:
    """(opening, closing) of a line comment for this file, e.g. ("# ", "") or ("<!-- ", " -->")."""
    p = PurePath(path)
    language = language_of(p)
    suffix = p.suffix.lower()
    if language in _HASH:
        return "# ", ""
    if language in _SLASH:
        return "// ", ""
    if language == "lua" or suffix in _DASH_EXTENSIONS:
        return "-- ", ""
    if suffix in PUG_SUFFIXES:  # Pug's comment that is not written into the page
        return "//- ", ""
    if language == "html" or suffix in {".xml", ".md", ".vue", ".svelte"}:
        return "<!-- ", " -->"
    if suffix in _SEMICOLON_EXTENSIONS:
        return "; ", ""
    if p.name.lower() in _HASH_NAMES or p.name.lower().startswith(".env") or suffix in _HASH_EXTENSIONS:
        return "# ", ""
    return "# ", ""
