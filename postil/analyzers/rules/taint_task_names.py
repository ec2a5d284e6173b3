"""Tasks a worker runs by the name a queue is handed as a string, for the taint engine (see taint_dispatch, which
follows a task handed over as a function): Litestar's SAQ `queue.enqueue("fetch_team_avatar", avatar_url=url)`,
arq's `redis.enqueue_job("download", url)`, Celery's `app.send_task("proj.tasks.fetch", args=[url])`, RQ's
`q.enqueue("app.jobs.export_table", where)`. A bare name is a task's of a module near the caller: a function
decorated as a task (`@app.task`, `@shared_task(name="fetch")`, `@dramatiq.actor`, a project's `@task("fetch")`),
listed in a worker's `functions=[...]` (arq's WorkerSettings, SAQ's settings) or taking the worker's `ctx` first
(SAQ's and arq's jobs), and no other module near it defines a task of that name (an ambiguous name runs nothing
known). A dotted name is a module's function by its path: its last two parts (`tasks.fetch`), the module's name and
a function defined at its top level, or a task's own dotted `name=`. The worker runs the function with the
arguments the call hands over: request data among them reaches its parameters as a direct call's would."""

from __future__ import annotations

import re

from postil.analyzers.rules.taint_dispatch import packed_arguments

# a call handing a task over by its name (`queue.enqueue("fetch", ...)`, `send_task("proj.tasks.fetch", ...)`)
_DISPATCH = re.compile(r"""\b(enqueue\w*|send_task)\([ \t\n]*(["'])([A-Za-z_][\w.:-]{0,199})\2[ \t\n]*[,)]""")
_DISPATCHING = ("enqueue", "send_task")  # (the literal prefilter of _DISPATCH)
_CALLS = re.compile(r"enqueue\w*|send_task")
# a function at a module's top level, with its first parameter's name (`async def fetch(ctx, *, url)`)
_DEF = re.compile(r"^(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)[ \t]*\([ \t\n]*(\w*)", re.MULTILINE)
_TASK_SHAPES = ("task", "actor", "functions", "ctx")  # (the literal prefilter of a task's registration)
# a decorator making a task or an actor (`@app.task(bind=True)`, `@shared_task`, `@dramatiq.actor`, `@task("fetch")`;
# not RQ's `@job("low")`, whose string names a queue)
_DECORATOR = re.compile(r"@[ \t]*(?:[A-Za-z_][\w]*\.){0,3}(?:task|shared_task|actor)\b[ \t]*(\(.*)?$")
_NAMED = re.compile(r"""(?:\bname[ \t]*=[ \t]*|^\([ \t]*)(["'])([A-Za-z_][\w.:-]{0,199})\1""")
# a worker's list of its functions (`functions = [fetch, tasks.export]`, `functions=[...]`)
_LISTED = re.compile(r"\bfunctions[ \t]*(?::[^=\n]{0,80})?=[ \t]*[\[(]([^\[\]()]{0,4000})[\])]")
_WORKER_CONTEXT = "ctx"  # the first parameter of SAQ's and arq's jobs, which the worker passes, not the caller
# keywords of RQ's and arq's enqueueing calls that the queue takes, not the function
_OPTIONS = frozenset({"job_timeout", "result_ttl", "ttl", "failure_ttl", "depends_on", "job_id", "at_front",
                      "description", "meta", "retry", "on_success", "on_failure", "timeout", "args", "kwargs"})

Task = tuple[str, int]  # (the function's name, the parameters the worker passes before the caller's: 1 for `ctx`)


def dispatched_names(text: str | None) -> frozenset[str]:
    """The task names a Python text hands a queue as strings (see _DISPATCH)."""
    if text is None or not any(word in text for word in _DISPATCHING):
        return frozenset()
    return frozenset(match.group(3) for match in _DISPATCH.finditer(text))


def defined_tasks(text: str | None, digest: str, word: str) -> dict[str, Task]:
    """The names by which a worker may run the functions of a Python module's text (``digest``: its
    sha256; ``word``: its name, as its importers spell it): the bare and dotted names of its tasks (see
    the module's docstring), and `word.function` of each function at its top level taking an argument
    (RQ's dotted path). Kept by the text's digest (KEPT_MOST answers), not by the text: 1,024 whole
    module texts were kept alive a process."""
    if text is None or "def" not in text:
        return {}
    known = _DEFINED.get((digest, word))
    if known is None:
        if len(_DEFINED) >= KEPT_MOST:
            _DEFINED.clear()
        known = _DEFINED[digest, word] = _tasks_in(text, word)
    return known


KEPT_MOST = 1024
_DEFINED: dict[tuple[str, str], dict[str, Task]] = {}


def _tasks_in(text: str, word: str) -> dict[str, Task]:
    found: dict[str, Task] = {}
    shaped = any(shape in text for shape in _TASK_SHAPES)
    listed = {name.strip().rpartition(".")[2] for match in _LISTED.finditer(text)
              for name in match.group(1).split(",")} if shaped and "functions" in text else set()
    for match in _DEF.finditer(text):
        function, first = match.groups()
        if not first:
            continue
        task = (function, int(first == _WORKER_CONTEXT))
        found[f"{word}.{function}"] = task
        if not shaped:
            continue
        named = _registered(text, match.start())
        if named is not None or function in listed or first == _WORKER_CONTEXT:
            found[function] = task
        if named:
            found[named] = task
    return found


def _registered(text: str, at: int) -> str | None:
    """The name the decorators of the function defined at ``at`` register it as a task by ("" for its own: a
    decorator giving none), None where none makes it a task."""
    registered, end = None, at
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        if not line.startswith("@"):
            break
        decorator = _DECORATOR.match(line)
        if decorator is not None:
            named = _NAMED.search(decorator.group(1) or "")
            registered = named.group(2) if named is not None else registered or ""
        end = start
    return registered


def task_of(name: str, tasks: dict[str, Task]) -> Task | None:
    """The task of a module's ``tasks`` (see defined_tasks) that a queue handed ``name`` runs: by the whole
    name, or a dotted one by its last two parts (`drakrun.worker.fetch_sample.fetch_remote_sample`)."""
    found = tasks.get(name)
    if found is None and name.count(".") > 1:
        found = tasks.get(".".join(name.rsplit(".", 2)[-2:]))
    return found


def named_dispatches(facts, tasks: dict[str, Task]) -> list[tuple[str, object, list, int]]:
    """(function, the string naming it, the argument nodes it is run with, the parameters before them) of
    the calls of a parsed file (``facts``: its taint_facts.FileFacts) handing one of ``tasks`` (spelled
    name -> task) to a queue by name: `send_task` packs them in `args=`/`kwargs=`, the others pass what
    follows the name, and the keywords that are not the queue's own."""
    found = []
    for name in sorted(n for n in facts.call_names() if _CALLS.fullmatch(n)):
        for call in facts.calls_of(name):
            arguments = call.field("arguments")
            handed = [a for a in arguments.named_children() if a.kind() != "comment"] if arguments is not None else []
            first = handed[0] if handed else None
            task = tasks.get(first.text()[1:-1]) if first is not None and first.kind() == "string" else None
            if task is None:
                continue
            if name == "send_task":
                found.append((task[0], first, packed_arguments(call), task[1]))
                continue
            passed = [a for a in handed[1:] if a.kind() not in ("dictionary_splat", "list_splat") and (
                a.kind() != "keyword_argument" or not a.field("name").text().startswith("_")
                and a.field("name").text() not in _OPTIONS)]
            found.append((task[0], first, passed + packed_arguments(call), task[1]))
    return found
