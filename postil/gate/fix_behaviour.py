"""What a model's fix makes the code do, judged on its syntax tree rather than on how it is
spelt (the behaviour checks of the vetting gate, ``postil.gate.vetting``).

Each check reads the fixed code's nodes in the edited range and the original's, and counts
what it finds by (kind, text), so a fix may keep what was there but not add more:

* **reach**: a call through a computed callee (``x['y'](...)``, ``f()()``, ``(0, eval)(...)``),
  reflective access that finds callables by name (``__dict__``, ``__globals__``,
  ``getattr``, ``Reflect``, ``constructor``, ``sys.modules`` ...), a module used as a value
  (``cp['execSync']``, ``vars(os)``), a reference to a process/network/file-system/eval-like
  callable (``map(os.system, ...)``), a new shell-like argument to such a call the code
  already makes (``'sh', '-c'``, a URL, ``shell=True``), a write to the process environment,
  shell backticks, a Rust ``unsafe`` block;
* **new calls** (the allow-list): a callee the file before the fix does not call, that is
  not a plain builtin or a well-known safe replacement (``yaml.safe_load``), and that the
  text the user asked about does not name, unless the user opted in
  (``llm.fixes-may-add-calls``);
* **spelling**: identifiers and strings (escapes decoded) that mix scripts (a Cyrillic ``е``
  in ``'guest'``) or use a script or look-alike letters the file does not use;
* **control flow**: a removed ``await``/``yield``/``return``/``raise``/``throw``/``assert``
  or negation (``not``, ``!``, ``!=``, ``not in``, ``is not``), unless the finding's message
  (or the problem the user asked to fix) is about it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_CALL_KINDS = frozenset({
    "call", "call_expression", "new_expression", "method_invocation", "object_creation_expression",
    "macro_invocation", "invocation_expression", "function_call", "function_call_expression", "method_call",
    "member_call_expression", "scoped_call_expression"})
# Callee nodes that compute what is called instead of naming it.
_COMPUTED_CALLEE = frozenset({
    "subscript", "subscript_expression", "index_expression", "element_reference", "call", "call_expression",
    "parenthesized_expression", "lambda", "arrow_function", "function_expression", "function", "await",
    "await_expression", "conditional_expression", "ternary_expression", "binary_operator", "binary_expression",
    "boolean_operator", "sequence_expression", "new_expression", "template_string", "string", "list", "array",
    "dictionary", "object", "generator_function"})
_MEMBER_KINDS = frozenset({"attribute", "member_expression", "selector_expression", "field_expression"})
_PROPERTY_KINDS = frozenset({"property_identifier", "field_identifier", "shorthand_property_identifier",
                             "private_property_identifier"})
_STRING_NODES = frozenset({"string", "template_string", "string_literal", "interpreted_string_literal",
                           "raw_string_literal", "char_literal", "encapsed_string"})

# Dunders a fix may name; every other one reaches objects' insides (``__dict__``, ``__globals__``).
_PLAIN_DUNDERS = frozenset({
    "__init__", "__name__", "__qualname__", "__main__", "__file__", "__doc__", "__all__", "__version__",
    "__slots__", "__repr__", "__str__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__",
    "__len__", "__iter__", "__next__", "__enter__", "__exit__", "__aenter__", "__aexit__", "__contains__",
    "__bool__", "__post_init__", "__future__"})
# Names that reach callables or code by name, wherever they appear (``x.func_globals``, ``Reflect``).
_REFLECTIVE = frozenset({
    "func_globals", "func_code", "f_globals", "f_locals", "f_builtins", "f_back", "f_code", "gi_frame", "gi_code",
    "cr_frame", "cr_code", "ag_frame", "tb_frame", "co_code", "__proto__", "constructor", "mainModule", "binding",
    "_linkedBinding", "dlopen", "getBuiltin", "attrgetter", "methodcaller", "import_module", "Reflect",
    "globalThis", "getattr", "setattr", "delattr", "globals", "locals", "breakpoint", "importlib",
    "builtins", "InteractiveInterpreter", "InteractiveConsole", "compile_command", "interact", "posix_spawn",
    "posix_spawnp", "forkpty", "webbrowser", "ctypes", "cffi", "marshal", "pickle", "cPickle", "dill", "shelve",
    "runpy", "pty", "getRuntime", "ProcessBuilder", "WebAssembly", "AsyncFunction", "GeneratorFunction",
    "defineProperty", "getOwnPropertyDescriptor", "setPrototypeOf", "getPrototypeOf", "__defineGetter__",
    "__lookupGetter__", "getOwnPropertyNames", "fromCharCode", "codePointAt", "require", "_getframe", "currentframe",
    "get_objects", "get_referrers", "settrace", "setprofile", "MethodByName", "FieldByName", "forName", "getMethod",
    "getDeclaredMethod", "setAccessible", "newInstance", "public_send", "instance_eval", "class_eval",
    "instance_variable_get", "define_method", "const_get", "sendBeacon", "importScripts"})
# Code that runs a shell or leaves the language's safety (Ruby/PHP backticks, Rust ``unsafe``).
_ESCAPES = {"subshell": "a shell command", "shell_command_expression": "a shell command",
            "unsafe_block": "an unsafe block"}
# Names that are reflective when used bare (``eval``), innocent as a property (``re.compile``).
_REFLECTIVE_BARE = frozenset({"eval", "exec", "execfile", "compile", "Function", "vars", "Proxy"})
# A string holding one of these names a callable to reach by name (``x['execSync']``).
_CALLABLE_NAME = re.compile(r"^(?:exec(?:Sync|File|FileSync|[lv]p?e?)?|execfile|spawn(?:Sync)?|popen\d?|fork|eval"
                            r"|compile|Function|require|getRuntime)$")
# Module-level names a fix may add a call to: builtins that compute, and safe replacements.
_SAFE_CALLS = frozenset({
    "len", "str", "int", "float", "bool", "bytes", "abs", "min", "max", "sum", "round", "sorted", "reversed",
    "enumerate", "zip", "range", "isinstance", "issubclass", "list", "dict", "set", "tuple", "frozenset", "repr",
    "any", "all", "hash", "iter", "next", "divmod", "callable", "id", "format", "super", "print", "Decimal",
    "hasattr",
    "ast.literal_eval", "yaml.safe_load", "yaml.safe_dump", "yaml.safe_load_all", "json.loads", "json.dumps",
    "html.escape", "shlex.quote", "shlex.split", "shlex.join", "secrets.token_hex", "secrets.token_urlsafe",
    "secrets.token_bytes", "secrets.compare_digest", "hmac.compare_digest", "hashlib.sha256", "hashlib.sha512",
    "hashlib.sha3_256", "hashlib.blake2b", "re.escape", "re.fullmatch", "re.match", "re.search", "math.isfinite",
    "math.isnan", "os.path.join", "os.path.basename", "os.path.normpath", "os.environ.get", "os.getenv",
    "markupsafe.escape", "escape", "Number", "String", "Boolean", "Array.isArray", "Number.isFinite",
    "Number.isInteger", "Number.isNaN", "Number.parseInt", "Number.parseFloat", "parseInt", "parseFloat",
    "JSON.parse", "JSON.stringify", "encodeURIComponent", "encodeURI", "Math.min", "Math.max", "Math.abs",
    "Math.floor", "Math.ceil", "Math.round", "Object.freeze", "Object.keys", "Object.hasOwn", "Error",
    "TypeError", "RangeError", "fmt.Errorf", "errors.New", "filepath.Clean", "filepath.Base", "strings.TrimSpace"})
# Methods a fix may add a call to on any value: they compute, they do not act.
_SAFE_METHODS = frozenset({
    "strip", "lstrip", "rstrip", "lower", "upper", "casefold", "get", "items", "keys", "values", "append",
    "extend", "join", "split", "rsplit", "splitlines", "startswith", "endswith", "replace", "format", "encode",
    "decode", "copy", "setdefault", "isdigit", "isalnum", "isalpha", "isidentifier", "count", "index", "find",
    "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "includes", "startsWith", "endsWith", "slice",
    "substring", "indexOf", "has", "toString", "toFixed", "map", "filter", "some", "every", "push", "resolve",
    "is_relative_to", "relative_to", "fullmatch", "match", "search", "group", "isoformat", "total_seconds",
    "hexdigest", "digest", "escape", "quote", "is_absolute", "exists", "is_file", "is_dir", "__init__", "debug",
    "info", "warning", "warn", "error", "exception", "critical", "log"})
# What a process call's argument may not newly hold: a shell or a downloader, ``-c``, a URL,
# shell syntax, ``shell=True``.
_SHELLISH = re.compile(r"""(?x)^(?:\S*/)?(?:sh|bash|zsh|dash|ksh|fish|csh|tcsh|cmd(?:\.exe)?|powershell|pwsh|python\d*
    |perl|ruby|node|php|curl|wget|nc|ncat|netcat|socat|telnet|ssh|scp)$|^-c$|://|[|;&`]|\$\(|>\s*\S""")
_URL_HOST = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://(?:[^/@\s'\"]*@)?([^/\s'\"?#:]+)")
_ENVIRONMENT = re.compile(r"^(?:os\.environ|process\.env)(?:$|[.\[])")
_ASSIGNMENTS = frozenset({"assignment", "augmented_assignment", "assignment_expression",
                          "augmented_assignment_expression"})
_OS_DATA = re.compile(r"^os\.(?:environ|sep|linesep|name|pathsep|curdir|pardir|devnull|extsep|altsep)$")
_ERROR_NAME = re.compile(r"^[A-Z]\w*(?:Error|Exception|Warning)$")

_ESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})"
                     r"|N\{([^}]{1,80})\}|([0-7]{1,3}))")
_QUOTED = re.compile(r"^[A-Za-z]*(\"\"\"|'''|\"|'|`)(.*)\1$", re.DOTALL)
# Letters that imitate Latin ones whatever the file uses.
_LOOK_ALIKE = frozenset({"FULLWIDTH", "HALFWIDTH", "MATHEMATICAL", "CIRCLED", "PARENTHESIZED", "SQUARED",
                         "NEGATIVE", "MODIFIER", "SUPERSCRIPT", "SUBSCRIPT", "SMALL", "COMBINING", "DOUBLE-STRUCK",
                         "BLACK-LETTER", "SCRIPT", "LETTERLIKE"})

# Removed flow: node kinds, and the words a finding's message uses when it is about them.
_FLOW = {
    "await": (frozenset({"await", "await_expression"}), re.compile(r"\bawait|\basync|coroutine|promise", re.I)),
    "yield": (frozenset({"yield", "yield_expression"}), re.compile(r"\byield|generator", re.I)),
    "return": (frozenset({"return_statement", "return_expression"}),
               re.compile(r"\breturn|unreachable|dead code", re.I)),
    "raise": (frozenset({"raise_statement", "throw_statement", "throw_expression", "assert_statement"}),
              re.compile(r"\braise|\bthrow|\bassert|exception|\berror", re.I)),
    "negation": (frozenset({"not_operator", "not in", "is not", "!=", "!=="}),
                 re.compile(r"negat|invert|revers|opposite|backwards|`not|'not|\"not|\bnot\b operator|`!", re.I)),
}

_FLOW_NAMES = {"await": "an `await`", "yield": "a `yield`", "return": "a `return`",
               "raise": "a `raise`, `throw` or `assert`", "negation": "a negation (`not` / `!`)"}

REASONS = {
    "computed call": "it calls something reached by a computed expression ({})",
    "reflective access": "it reaches code by name through {} (reflection)",
    "module as a value": "it uses the module {} as a value (bracket access or passing it around)",
    "reference": "it takes a reference to {}, a process, network, file-system or eval-like function",
    "new call": ("it calls {}, which the code does not call before the fix (to allow fixes that add calls, set "
                 "fixes-may-add-calls = true under [llm] in your own config)"),
    "mixed script": "it mixes letters of different scripts in {} (look-alike letters)",
    "foreign script": "it adds {}, in letters the code around it does not use (look-alike letters)",
    "removed": "it removes {} that the finding does not mention",
    "environment change": "it changes the process environment ({})",
    "escape": "it adds {}",
    "new host": "it adds an address on a host the code does not name ({})",
    "process argument": "it gives a process, network or file-system call a new shell-like argument ({})",
}


def reason(kind: str, what: str) -> str:
    return REASONS[kind].format(what)


def callee_text(tree, node) -> str:
    """The called expression of a call node, whitespace removed (``new`` and a macro's ``!`` dropped)."""
    args = next((c for c in reversed(node.children) if "argument" in c.type or c.type == "token_tree"), None)
    text = tree.node_text(node, args.start_byte if args is not None else None)
    return re.sub(r"\s+", "", text).removeprefix("new").rstrip("!").replace("?.", ".")


def resolved(callee: str, names: dict[str, str]) -> str:
    """``callee`` with its head read through the file's import ``names``."""
    head, sep, rest = callee.partition(".")
    return f"{names[head]}{sep}{rest}" if head in names and names[head] != head else callee


def _function_node(node):
    for field in ("function", "constructor", "macro"):
        child = node.child_by_field_name(field)
        if child is not None:
            return child
    return node.children[0] if node.children else None


def _decoded(text: str) -> str:
    def one(m: re.Match) -> str:
        brace, four, eight, two, name, octal = m.groups()
        try:
            if name:
                return unicodedata.lookup(name)
            code = int(brace or four or eight or two, 16) if not octal else int(octal, 8)
            return chr(code)
        except (KeyError, ValueError, OverflowError):
            return m.group()
    return _ESCAPE.sub(one, text)


def string_value(tree, node) -> str:
    """A string literal's content with its escapes decoded (interpolations kept as written)."""
    text = tree.node_text(node)
    m = _QUOTED.match(text)
    return _decoded(m.group(2) if m else text)


def _is_property(node) -> bool:
    """A member's name (``x.name``), a keyword argument's or an object key: no variable."""
    if node.type in _PROPERTY_KINDS:
        return True
    parent = node.parent
    return parent is not None and parent.type in (*_MEMBER_KINDS, "keyword_argument", "pair") and any(
        parent.child_by_field_name(field) == node for field in ("attribute", "property", "field", "name", "key"))


def _modules(names: dict[str, str]) -> set[str]:
    """Local names bound to whole modules (``import os``, ``const cp = require('child_process')``)."""
    return {local for local, target in names.items() if "." not in target}


def _script(char: str) -> str | None:
    """A letter's script (``LATIN``, ``CYRILLIC``, ...; look-alike forms by their kind); None for
    what is no letter or is written the same everywhere (ASCII digits, ``_``)."""
    if char.isascii():
        return "LATIN" if char.isalpha() else None
    if not unicodedata.category(char).startswith(("L", "M", "N")):
        return None
    name = unicodedata.name(char, "UNNAMED")
    return name.split(" ")[0].split("-")[0] if not name.startswith(("DOUBLE-STRUCK", "BLACK-LETTER")) else "LOOK"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


_CONFUSABLE = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC", "GEORGIAN", "LISU",
                         "LOOK", *_LOOK_ALIKE})


def reach(tree, lo: int, hi: int, names: dict[str, str], dangerous: re.Pattern, known_text: str) -> Counter:
    """Computed calls, reflective names, modules used as values, references to dangerous
    callables, and URLs to hosts ``known_text`` (the file before the fix) does not name, in the
    code overlapping ``[lo, hi)``."""
    found: Counter = Counter()
    modules = _modules(names)
    roots = {target.split(".")[0] for target in names.values()}
    for node in tree.overlapping(lo, hi):
        kind = node.type
        if kind in _CALL_KINDS:
            function = _function_node(node)
            if function is not None and function.type in _COMPUTED_CALLEE and not (
                    kind == "call_expression" and function.type == "import"):
                found["computed call", ascii(tree.node_text(function))[:60]] += 1
                continue
            callee = resolved(callee_text(tree, node), names)
            if _ENVIRONMENT.match(callee) and not callee.endswith(".get"):
                found["environment change", callee[:60]] += 1
            elif dangerous.search(callee):
                found.update(("process argument", what) for what in _shellish(tree, node))
        elif kind in _ESCAPES:
            found["escape", _ESCAPES[kind]] += 1
        elif kind in _ASSIGNMENTS:
            left = node.child_by_field_name("left")
            target = resolved(re.sub(r"\s+", "", tree.node_text(left)), names) if left is not None else ""
            if _ENVIRONMENT.match(target):
                found["environment change", ascii(target)[:60]] += 1
        elif kind in _STRING_NODES:
            value = string_value(tree, node).strip()
            if _reflective_name(value, bare=False) or _CALLABLE_NAME.match(value) or any(
                    dunder not in _PLAIN_DUNDERS for dunder in re.findall(r"__\w+?__", value)):
                found["reflective access", ascii(value)[:60]] += 1
            found.update(("new host", ascii(host)[:60]) for host in _URL_HOST.findall(value)
                         if host.lower() not in known_text.lower())
        elif kind.endswith("identifier"):
            text = tree.node_text(node)
            prop = _is_property(node)
            if _reflective_name(text, bare=not prop):
                found["reflective access", text] += 1
            elif not prop and text in modules and not _is_member_head(node) and not _in_import(node):
                found["module as a value", text] += 1
            elif not prop and text in names and not _in_import(node) and _is_value(node) \
                    and dangerous.search(names[text]):
                found["reference", names[text]] += 1
        elif kind in _MEMBER_KINDS:
            text = resolved(re.sub(r"\s+", "", tree.node_text(node)).replace("?.", "."), names)
            if text == "sys.modules":
                found["reflective access", text] += 1
            elif _is_value(node) and text.split(".")[0] in roots and dangerous.search(text) \
                    and not _OS_DATA.match(text):
                found["reference", text[:60]] += 1
    return found


def _shellish(tree, call) -> list[str]:
    """What a process call's arguments hold that runs a shell, a downloader or a URL."""
    out = []
    for node in tree.overlapping(tree.char(call.start_byte), tree.char(call.end_byte)):
        if node.type in _STRING_NODES and _SHELLISH.search(string_value(tree, node).strip()):
            out.append(ascii(string_value(tree, node))[:60])
        elif node.type == "keyword_argument" and re.fullmatch(r"shell=True", re.sub(r"\s+", "", tree.node_text(node))):
            out.append("shell=True")
    return out


def _reflective_name(text: str, *, bare: bool) -> bool:
    if re.fullmatch(r"__\w+__", text):
        return text not in _PLAIN_DUNDERS
    return text in _REFLECTIVE or (bare and text in _REFLECTIVE_BARE)


def _is_member_head(node) -> bool:
    parent = node.parent
    return parent is not None and parent.type in _MEMBER_KINDS and parent.children and parent.children[0] == node


def _in_import(node) -> bool:
    while node is not None:
        if "import" in node.type or node.type in ("variable_declarator", "lexical_declaration") and \
                "require" in (node.text or b"").decode("utf-8", "replace"):
            return True
        node = node.parent
    return False


def _is_value(node) -> bool:
    """Whether an expression is used as a value (not called, not the head of a member access)."""
    parent = node.parent
    if parent is None or _is_member_head(node):
        return False
    return not (parent.type in _CALL_KINDS and _function_node(parent) == node)


def callees(tree, lo: int, hi: int, names: dict[str, str]) -> Counter:
    """The named callees of the calls overlapping ``[lo, hi)``, read through the imports."""
    found: Counter = Counter()
    for node in tree.overlapping(lo, hi):
        if node.type in _CALL_KINDS:
            function = _function_node(node)
            if function is not None and function.type not in _COMPUTED_CALLEE:
                found[resolved(callee_text(tree, node), names)] += 1
    return found


def allowed_call(callee: str, known: set[str], names: dict[str, str]) -> bool:
    """Whether a fix may add a call to ``callee``: the code calls it already (``known``), or it
    is a plain builtin or safe replacement, or a safe method on a value that is no module."""
    if callee in known or callee in _SAFE_CALLS or _ERROR_NAME.match(callee):
        return True
    head, _, method = callee.rpartition(".")
    if not head:
        return False
    root = head.split(".")[0]
    is_module = "(" not in head and (root in names or root in {t.split(".")[0] for t in names.values()})
    methods = {c.rpartition(".")[2] for c in known if "." in c}
    return not is_module and (method in _SAFE_METHODS or method in methods or method in known)


def spelling(tree, lo: int, hi: int, chars: frozenset[str]) -> Counter:
    """Words of identifiers and strings overlapping ``[lo, hi)`` that mix look-alike scripts
    (Latin, Cyrillic, Greek, ...), or hold a letter of a script the file (``chars``) does not
    use, a look-alike form (fullwidth, mathematical ...) or a non-ASCII Latin letter (``ı``)
    the file does not have."""
    scripts = {s for c in chars if (s := _script(c)) is not None}
    found: Counter = Counter()
    for node in tree.overlapping(lo, hi):
        if node.type in _STRING_NODES:
            text = string_value(tree, node)
        elif node.type.endswith("identifier") and node.child_count == 0:
            text = tree.node_text(node)
        else:
            continue
        for word in _words(text):
            if word.isascii():
                continue
            used = {s for c in word if (s := _script(c)) is not None}
            if len(used & _CONFUSABLE) > 1:
                found["mixed script", ascii(word)[:60]] += 1
            elif any(s not in scripts or s in _LOOK_ALIKE or s == "LOOK" or (s == "LATIN" and c not in chars)
                     for c in word if not c.isascii() and (s := _script(c)) is not None):
                found["foreign script", ascii(word)[:60]] += 1
    return found


def flow(tree, lo: int, hi: int) -> Counter:
    """``await``/``yield``/``return``/``raise`` and negations with code inside ``[lo, hi)`` (or,
    for an empty range, around it): what merely touches the range is neither's."""
    found: Counter = Counter()
    blo, bhi = tree.byte(lo), tree.byte(hi)
    for node in tree.overlapping(lo, hi):
        if not (node.start_byte < bhi and node.end_byte > blo):
            continue
        for name, (kinds, _about) in _FLOW.items():
            if (node.is_named or name == "negation") and node.type in kinds or (
                    name == "negation" and node.type == "unary_expression" and node.children
                    and node.children[0].type == "!"):
                found[name] += 1
    return found


def removed_flow(before: Counter, after: Counter, about: str) -> str | None:
    """The first construct the fix removes that ``about`` (the finding's message) does not mention."""
    for name, (_kinds, mentions) in _FLOW.items():
        if after[name] < before[name] and not mentions.search(about):
            return _FLOW_NAMES[name]
    return None


def defined_names(tree) -> set[str]:
    """Names of the functions, methods and classes the text defines (a fix may call its own code)."""
    out = set()
    for node in tree.overlapping(0, len(tree.text)):
        if any(part in node.type for part in ("function", "method", "class")):
            name = node.child_by_field_name("name")
            if name is not None:
                out.add(tree.node_text(name))
    return out
