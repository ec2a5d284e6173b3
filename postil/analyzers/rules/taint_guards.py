"""A taint rule's guards: the checks (`if not is_safe(u): return`, `assert u.isdigit()`)
after which, or inside whose branch, the names they read are clean, as clear events on the
paths of a function."""

from __future__ import annotations

import re

from postil.analyzers.rules.taint_aborts import aborts
from postil.analyzers.rules.taint_check_functions import CHECK, check_calls
from postil.analyzers.rules.taint_extension_checks import past_extensions
from postil.analyzers.rules.taint_grammar import PYTHON
from postil.analyzers.rules.taint_guard_companions import keeps_conclusion
from postil.analyzers.rules.taint_keyed_checks import keyed_only
from postil.analyzers.rules.taint_match_arms import CASES, literal_arm_clears
from postil.analyzers.rules.taint_paths import span as _span
from postil.analyzers.rules.taint_values import Event, last_name, node_key

_PREDICATE = re.compile(r"(^|_)(is|has|starts?with|ends?with|(full)?match|search|valid|allowed|safe|contains|exists|includes)",
                        re.IGNORECASE)  # a call named so answers a check about its argument
# ... except a look at the file system: a file that exists says nothing of the text naming it (`../../etc/passwd`
# exists too), so `if not os.path.isfile(p): p = DEFAULT` leaves `p` as it came where the file is there
_FILE_LOOKS = re.compile(r"(^|\.)path\.(exists|lexists|isfile|isdir|islink|ismount)$|\.(is_file|is_dir|is_symlink|is_mount)$")
_URL_PARTS = re.compile(r"\.(host|hostname|netloc|origin|scheme|protocol|port)$")  # where a URL goes
_URL_HOSTS = re.compile(r"host|hostname|origin")  # ... the host it goes to
_LITERALS = frozenset({"string", "number", "integer", "float", "true", "false", "null", "none", "undefined"})
# one key of a mapping read with a default (`action = msg.get("action")`, `msg.get("kind", "text")`)
_RESOLVES = re.compile(r"(^|\.)getaddrinfo\(")  # a host's addresses: never none (it raises instead)
# a yes/no question asked of a value, not negated: `u.startsWith('/')`, `RE.test(u)`, `ALLOWED.has(u)`
_ASKED = re.compile(r"[\w$.]+\.(?:startsWith|endsWith|test|has|includes)\([^()]*\)")
_ONE_KEY = re.compile(r"""[\w.]+\.get\(\s*(["'])[\w-]+\1\s*(,\s*([\w.]+|"[^"\n]*"|'[^'\n]*'))?\s*\)""")
_TO_TEXT = frozenset({"str"})  # a value turned into its text (Python's spellings only: JavaScript's not scored yet) ...
# ... and the text's case or spaces normalised (`str(body.get("code", "")).strip().upper()`)
_NORMALISERS = frozenset({"strip", "lstrip", "rstrip", "lower", "upper", "casefold"})


def validated(facts, condition) -> set[str]:
    """The names a condition checks with a predicate: an argument or receiver of a call
    named like one (`u.startswith(...)`, `is_safe(u)`, `ALLOWED.has(u)`), or a side of
    an `in` test (`u not in ALLOWED`)."""
    if condition is None:
        return set()
    names, _, calls = facts.reads(condition)
    spans = [(start, end) for callee, start, end, _ in calls
             if _PREDICATE.search(last_name(callee)) and not _FILE_LOOKS.search(callee)]
    kind, operator = facts.g.membership
    if kind and re.search(r"\sin\s", condition.text()):
        spans += [_span(c) for c in condition.find_all(kind=kind) if _tests_membership(c, operator)]
    return {text for text, s, e in names if any(start <= s and e <= end for start, end in spans)}


def validated_when_false(facts, condition) -> set[str]:
    """The names ``condition`` checks with a predicate (see validated) that stay checked where it
    is false, the path past a lone `if` that takes no arm: through `not` and parentheses, both sides
    of an `or`, and of an `and` what both sides check or one where the other keeps its conclusion (`u
    and not ok(u)`). `checked and not ok(u)` is false for any `u` where `checked` is: it leaves `u` as it came."""
    negation, (boolean, conjunction, disjunction) = facts.g.negation, facts.g.boolean

    def checked(node, value: bool) -> set[str]:
        while node.kind() == "parenthesized_expression" and node.named_children():
            node = node.named_children()[0]
        operator = node.field("operator")
        operator = operator.text() if operator is not None else None
        if node.kind() == negation[0] and operator in (None, negation[1]) and node.field("argument") is not None:
            return checked(node.field("argument"), not value)
        if node.kind() == boolean and operator in (conjunction, disjunction):
            left, right = node.field("left"), node.field("right")
            if left is None or right is None:
                return set()
            mine, theirs = checked(left, value), checked(right, value)
            if operator == (disjunction if not value else conjunction):
                return mine | theirs  # `a or b` false, `a and b` true: both sides have the value
            # `a and b` false, `a or b` true: one side has the value, either (what both check: `not
            # u.startswith("./") and not u.startswith("/app/")`), or one unless the other leaves it empty
            kept = mine & theirs
            for names, other in ((mine, right), (theirs, left)):
                kept |= {name for name in names if keeps_conclusion(other, {name}, value)}
            return kept
        return validated(facts, node) - _outside(facts, node, value)

    return set() if condition is None else checked(condition, False)


def _past_every_conjunct(facts, condition, texts: tuple[str, ...]) -> tuple[str, ...]:
    """Of ``texts``, what the exiting `if` whose condition is ``condition`` checks on the path past
    it: where the condition is an `and` (`if (req.query.strict && !ID.test(id)) return`), only what
    every operand reads (`if (x && !ALLOWED.has(x)) return`), or what an operand that does not read
    it leaves empty there (see keeps_conclusion): past it, any operand may have been the false one."""
    boolean, conjunction, _ = facts.g.boolean
    operands, pending = [], [condition]
    while pending:
        node = pending.pop()
        while node.kind() == "parenthesized_expression" and node.named_children():
            node = node.named_children()[0]
        operator = node.field("operator")
        if node.kind() == boolean and operator is not None and operator.text() == conjunction \
                and node.field("left") is not None and node.field("right") is not None:
            pending += [node.field("left"), node.field("right")]
        else:
            operands.append(node)
    if len(operands) < 2:
        return texts
    read = []
    for operand in operands:
        names, members, _ = facts.reads(operand)
        read.append({text for text, _, _ in names + members})
    # (an operand that is a check holding for the value, `image.startsWith('/')`, is false for any other:
    # past the `if`, the value may be any)
    return tuple(text for text in texts
                 if all((any(_within(text, other) or _within(other, text) for other in _widest(reads))
                         and not (_ASKED.fullmatch(operand.text()) and text in reads))
                        or keeps_conclusion(operand, {text}, False) for operand, reads in zip(operands, read)))


def _widest(reads: set[str]) -> set[str]:
    """Of an operand's reads, those no other extends (`req.app.locals.strict`, not its `req`)."""
    return {text for text in reads if not any(other != text and _within(other, text) for other in reads)}


def _within(text: str, base: str) -> bool:
    """Whether the read ``text`` is ``base`` or a part of it (`url.hostname` of `url`)."""
    return text == base or text.startswith(base) and text[len(base):len(base) + 1] in (".", "[")


def _outside(facts, test, value: bool) -> set[str]:
    """The names of the element a Python membership ``test`` with the value ``value`` says is not
    in its collection (`u in IGNORED` false, `u not in ALLOWED` true): unchecked, not validated
    (Mezzanine's `if next_value in ignorable_nexts: next_value = "/"` leaves any other value as it came)."""
    kind, operator = facts.g.membership
    if operator or test.kind() != kind or not _tests_membership(test, operator) or not test.named_children():
        return set()
    if value != (re.search(r"\snot\s+in\s", test.text()) is not None):
        return set()
    return {text for text, _, _ in facts.reads(test.named_children()[0])[0]}


def _element_texts(facts, check, keyed: dict, texts: tuple) -> tuple:
    """Of the names and members ``texts`` a check reads, those whose own derivations it checks: of a
    Python membership test, its element's (`path not in dataset.schema()` says nothing of the request
    data `dataset` was loaded from, though the collection's names are its own); all where the element
    is a literal (`".." in name`), the collection a path's parents (`ROOT not in target.parents`), or
    the check is no two-sided `in` test."""
    kind, operator = facts.g.membership
    if operator or check.kind() != kind or not _tests_membership(check, operator):
        return texts
    sides = check.named_children()
    if len(sides) != 2 or sides[0].kind() == "string" or sides[1].text().endswith(".parents"):
        return texts
    names, members = past_extensions(facts.reads(sides[0]))
    element = {keyed.get(text, text) for text, _, _ in names + members}
    return tuple(text for text in texts if text in element)


def _quantifier(generator, node):
    """The `all(...)`/`any(...)` call ``generator`` is the argument of, where ``node`` is the
    generator's element (its body), or None."""
    call = generator.parent()
    if call is None or call.kind() != "call" or _span(generator.field("body") or generator) != _span(node):
        return None
    function = call.field("function")
    return call if function is not None and function.text() in ("all", "any") else None


def _quantified(generator, node, need: bool) -> bool:
    """Whether ``node``, the element of a generator ``generator``, is checked for every element
    by the `all(...)`/`any(...)` it is the argument of, where the check must be ``need`` for safe
    data: `all(ok(a) for a in addresses)` true, `any(not ip_address(a).is_global for a in
    addresses)` false (Sydent's resolved addresses of a federation host) say so of each element."""
    call = _quantifier(generator, node)
    return call is not None and call.field("function").text() == ("all" if need else "any")


def _quantifier_around(check):
    """The `all(...)`/`any(...)` call whose generator's elements ``check`` tests (through `not`
    and parentheses), or None: its iterable (`addresses`, computed from the host) is what is checked."""
    node = check
    while (parent := node.parent()) is not None and parent.kind() in ("not_operator", "parenthesized_expression"):
        node = parent
    return _quantifier(parent, node) if parent is not None and parent.kind() == "generator_expression" else None


def _tests_membership(node, operator: str) -> bool:
    """Whether ``node`` (of the grammar's membership kind) is an `in` test: its operator field
    is `in` (JavaScript's binary expressions), or its text has an `in` (Python's comparisons)."""
    if operator:
        op = node.field(operator)
        return op is not None and op.text() == "in"
    return re.search(r"\sin\s", node.text()) is not None


class Guards:
    """One rule's guard matches in one file, and the clears they make in a scope."""

    def __init__(self, spec, facts) -> None:
        self.spec = spec
        self.facts = facts
        self.g = facts.g
        self._guards: dict[tuple, list] | None = None
        self._arms: dict[tuple, list] | None = None  # scope key -> its `match` arms' clears

    def events(self, scope, events: list[Event]) -> list[Event]:
        """Clears (and their ends) where the rule's guards hold in ``scope``. A guard
        matching an `if` statement (the old form) clears what its condition reads after
        an `if` whose body leaves. A guard matching a check expression clears what the
        check reads where the check is known to hold: inside an `if` it makes true (alone or
        with `and`), in the `else` (and after the `if`, when its body leaves) of one it makes
        false (`not check`, `not check or ...`), and after `assert check`; an ``unsafe``
        check (true for unsafe data: `".." in name`) the other way round. A checked name
        computed from others in the same flow (`parsed = urlparse(url)`) clears them too."""
        out: list[Event] = []
        for match, matcher in self._matches(scope):
            if match.kind() in self.g.branches:
                condition = match.field("condition")
                # the path out of an `if` whose body leaves is the one that takes no arm
                regions = [(-1, -1, _span(match))] if condition is not None and self._exits(match) else []
                checked = condition
            else:
                regions = self._holds(match, not matcher.unsafe)
                regions += self._past_resolution_loop(match) if any(end is None for _, end, _ in regions) else []
                checked = _quantifier_around(match) or match  # (what the elements come from is checked too)
            if not regions:
                continue
            names, members = past_extensions(self.facts.reads(checked))  # (an extension's check fixes no directory)
            keyed = keyed_only(checked)  # (`m.get("kind") == "url"` checks that key, not the mapping `m`)
            texts = tuple(dict.fromkeys(keyed.get(text, text) for text, _, _ in names + members))
            if match.kind() in self.g.branches:
                texts = _past_every_conjunct(self.facts, checked, texts)
            derived = self._derivations(_element_texts(self.facts, checked, keyed, texts), _span(match)[0], events)
            for start, end, branch in regions:
                # a region to the end of the scope starts past its statement (on the paths out of it)
                clear = Event(start + (end is None), match, None, clears=texts, derived=derived, branch=branch)
                out.append(clear)
                if end is not None:
                    out.append(Event(end, match, None, ends=clear))
        return out + self._arm_clears(scope)

    def _arm_clears(self, scope) -> list[Event]:
        """The clears of the `match` arms only literals select in ``scope`` (see taint_match_arms),
        for a rule with guards (a comparison with a literal is one of Python's)."""
        if not self.g.captures[0] or not self.spec.guards:
            return []
        if self._arms is None:
            self._arms = {}
            for arm in self.facts.find(CASES):
                clears = literal_arm_clears(arm)
                if clears:
                    self._arms.setdefault(self.facts.scope_key(arm), []).extend(clears)
        return self._arms.get(node_key(scope) if scope is not None else ("module",), [])

    def _matches(self, scope) -> list:
        """(match, matcher) of the rule's guards in ``scope`` (the file's found once, the first matcher's)."""
        if self._guards is None:
            self._guards = {}
            seen: set[tuple] = set()
            for matcher in self.facts.prefilter.possible_matchers(self.spec.guards):
                for match in self.facts.find(matcher.config):
                    if node_key(match) not in seen:
                        seen.add(node_key(match))
                        self._guards.setdefault(self.facts.scope_key(match), []).append((match, matcher))
            for key, calls in check_calls(self.facts).items() if self.spec.guards and self.g.requires else ():  # (JS: the project's own checks)
                self._guards.setdefault(key, []).extend((call, CHECK) for call in calls if node_key(call) not in seen)
        return self._guards.get(node_key(scope) if scope is not None else ("module",), [])

    def arm_cuts(self) -> list[tuple[int, int]]:
        """Spans of the reads a guard's check reads again inside the arm of a conditional
        expression it decides (`typeof n === 'string' ? n : ''`, `x if ok(x) else "/"`): the
        arm runs only where the check held (their statement's state cannot say so)."""
        if not self.spec.guards or not self.g.conditionals:
            return []
        self._matches(None)  # (every scope's, found once)
        cuts = []
        for match, matcher in (pair for pairs in self._guards.values() for pair in pairs):
            arms = self._decided_arms(match, not matcher.unsafe) if match.kind() not in self.g.branches else []
            if arms:
                names, members, _ = self.facts.reads(match)
                checked = {text for text, _, _ in names + members}
            for arm in arms:
                inner, parts, _ = self.facts.reads(arm)
                cuts += [(start, end) for text, start, end in inner + parts if text in checked]
        return cuts

    def _decided_arms(self, check, need: bool, node=None) -> list:
        """The arms of the conditional expressions whose condition ``check`` decides that run
        where the check has the value ``need`` (through `!`, parentheses and `&&`/`and`
        when true, and through a name the check's value is stored in: see _flag_reads); none
        where it is no conditional's condition."""
        node = check if node is None else node
        negation, (boolean, conjunction, _) = self.g.negation, self.g.boolean
        conditionals = dict(self.g.conditionals)
        while (parent := node.parent()) is not None:
            kind, operator = parent.kind(), parent.field("operator")
            operator = operator.text() if operator is not None else None
            if kind in conditionals:
                children = parent.named_children()
                index = conditionals[kind]
                if len(children) != 3 or _span(children[index]) != _span(node):
                    return []
                arms = [c for i, c in enumerate(children) if i != index]
                return [arms[0] if need else arms[1]]
            if kind == negation[0] and operator in (None, negation[1]):
                need = not need
            elif not (kind == "parenthesized_expression" or kind == boolean and need and operator == conjunction):
                return [arm for read in self._flag_reads(check, node) for arm in self._decided_arms(check, need, read)]
            node = parent
        return []

    def _flag_reads(self, check, node) -> list:
        """The later reads, in its function, of the name the value ``node`` (``check``, or the
        expression around it that says the same) is stored in: Django's `url_is_safe =
        url_has_allowed_host_and_scheme(url=redirect_to, ...)` then `redirect_to if url_is_safe
        else ""` or `if not url_is_safe: return ...`. Each read stands for the check, up to where
        the name or anything the check reads is assigned again (none: only the check's own)."""
        if node is check and check.kind() in self.g.names:
            return []  # (a read found here: a name stored in another is not followed twice)
        statement = node.parent()
        fields = self.g.assignments.get(statement.kind()) if statement is not None else None
        if fields is None or fields[2] or not fields[1]:
            return []
        target, value = statement.field(fields[0]), statement.field(fields[1])
        if target is None or value is None or target.kind() not in self.g.names or _span(value) != _span(node):
            return []
        scope = self.facts.scope_of(statement)
        if scope is None:
            return []
        names, members, _ = self.facts.reads(check)
        watched = {text for text, _, _ in names + members} | {target.text()}
        flag, (start, after) = target.text(), _span(statement)
        writes = []
        for kind, (left, _, _) in self.g.assignments.items():
            for write in scope.find_all(kind=kind) if left else ():
                written = write.field(left)
                if written is not None and written.text() in watched and _span(write) != (start, after):
                    writes.append((_span(write)[0], written.text()))
        if any(at < start and name == flag for at, name in writes):
            return []  # (the flag assigned before too: which value a read holds is not followed here)
        last = min((at for at, _ in writes if at > after), default=None)
        reads, _, _ = self.facts.reads(scope)
        return [self.facts._read_nodes[at] for text, at, _ in reads
                if text == flag and at > after and (last is None or at < last) and at in self.facts._read_nodes]

    def checked_sources(self, scope, sources: list) -> dict[str, object]:
        """Text -> origin of the source expressions a guard in the function ``scope`` checks
        whole (`isValid(req.query.x)`, `re.fullmatch(p, request.args["x"])`: a member read that
        is no part of a larger one nor a callee), for ``sources`` (start, end, origin). Along
        the paths they are tracked like names, so the guard's clear reaches the same
        expression read again (see TaintFlow._checked_clean)."""
        found: dict[str, object] = {}
        if scope is None or not self.spec.guards:
            return found
        members = {"rule": {"any": [{"kind": kind} for kind in sorted(self.g.members)]}}
        for match, _ in self._matches(scope):
            checked = match.field("condition") if match.kind() in self.g.branches else match
            for member in checked.find_all(members) if checked is not None else ():
                parent = member.parent()
                if parent is None or parent.kind() in self.g.members or \
                        parent.kind() == self.g.call and _span(parent.field("function") or parent) == _span(member):
                    continue
                start, end = _span(member)
                origin = next((o for s, e, o in sources if start <= s and e <= end), None)
                if origin is not None:
                    found.setdefault(member.text(), origin)
        return found

    def _holds(self, check, safe: bool, node=None) -> list[tuple[int, int | None, tuple[int, int] | None]]:
        """Spans (end None: to the end of the scope) where ``check`` is known to say the
        data is safe, or (with a third item, the `if`'s span) the path through an `if` that
        takes none of its arms, and the operand that only runs once the check held (`not ok(p)
        or use(p)`); ``safe``: the check is true for safe data. ``node``: a read of a name the
        check's value was stored in (see _flag_reads), to walk up from instead of the check."""
        node, need = (check if node is None else node), safe  # the value `node` must have for the data to be safe
        negation, (boolean, conjunction, disjunction) = self.g.negation, self.g.boolean
        operands: list[tuple[int, int | None, tuple[int, int] | None]] = []
        while True:
            parent = node.parent()
            if parent is None:
                return operands
            kind = parent.kind()
            operator = parent.field("operator")
            operator = operator.text() if operator is not None else None
            if kind == negation[0] and operator in (None, negation[1]):
                need = not need
            elif kind == boolean and operator == (conjunction if need else disjunction):
                # `a and b` true: both are; `a or b` false: both are. And the right operand only
                # runs when the left has that value (`not inside(p) or not p.is_file()`)
                right = parent.field("right")
                if right is not None and _span(right) != _span(node):
                    operands.append((*_span(right), None))
            elif kind == boolean and operator in (conjunction, disjunction) and self._companion(parent, node, check, need):
                pass  # the other side, on the safe path, leaves the value empty or equal to another
            elif kind == "generator_expression" and _quantified(parent, node, need):
                node = parent.parent()  # (the check of every element: see _quantified)
                continue
            elif kind in self.g.branches and _span(parent.field("condition") or parent) == _span(node):
                return operands + self._branch_regions(parent, need)
            elif kind == self.g.asserts and need:
                return operands + [(_span(parent)[1] - 1, None, None)]  # from its end: still inside a block that ends with it
            elif kind == "expression_statement" and need and node is check and check.kind() == self.g.call:
                # a check called for what it raises (`target.relative_to(root)`): past it, it held
                return operands + [(_span(parent)[1] - 1, None, None)]
            elif kind not in ("parenthesized_expression", "await_expression"):  # (an awaited check: its answer)
                return operands + [region for read in self._flag_reads(check, node) for region in self._holds(check, need, read)]
            node = parent

    def _past_resolution_loop(self, check) -> list[tuple[int, None, None]]:
        """Past a `for` over a host's resolved addresses whose body leaves where ``check`` refuses one
        (`for info in socket.getaddrinfo(host, 443): if not ip_address(info[4][0]).is_global: raise`):
        every address was checked, as by `all(...)` (see _quantified), and there is always one; the
        flow after the loop is that of its head, which the clear inside the body does not reach."""
        node = check
        while (node := node.parent()) is not None and node.kind() not in self.g.branches:
            pass
        block = node.parent() if node is not None else None
        loop = block.parent() if block is not None else None
        iterable = loop.field("right") if loop is not None and loop.kind() == "for_statement" else None
        if iterable is None or _RESOLVES.search(iterable.text()) is None:
            return []
        return [(_span(loop)[1], None, None)]  # (from past the loop's end: the body's last `if` ends there too)

    def _companion(self, joined, node, check, need: bool) -> bool:
        """Whether the other operand of ``joined`` (`a and b` false, `a or b` true: ``need``)
        keeps what ``check`` concludes on the safe path (see taint_guard_companions)."""
        other = joined.field("left") if _span(joined.field("right") or joined) == _span(node) else joined.field("right")
        if other is None or _span(other) == _span(node):
            return False
        # (of a membership test, the value tested: `allowed is not None and v not in allowed` leaves `v` unchecked
        # where the caller gives no list, Synapse's `parse_string(request, name, allowed_values=None)`)
        kind, operator = self.g.membership
        tested = check.named_children()[0] if check.kind() == kind and _tests_membership(check, operator) \
            and check.named_children() else check
        names, members, _ = self.facts.reads(tested)
        checked = {text for text, _, _ in names + members}
        return keeps_conclusion(other, checked, need) or self.g is PYTHON and self._also_checks(other, checked, need)

    def _also_checks(self, other, checked: set[str], need: bool) -> bool:
        """Whether ``other`` (through `not` and parentheses) is another of the rule's guards that says
        one of the ``checked`` names is safe where it has the value ``need``: `if host not in HOSTS and not
        is_public(host): raise` lets a host through that is on the list or public, safe either way (Python's:
        JavaScript's `!ALLOWED.has(h) && !isPublic(h)` is not scored yet)."""
        negation = self.g.negation
        while True:
            operator = other.field("operator")
            if other.kind() == negation[0] and (operator is None or operator.text() == negation[1]):
                need, other = not need, other.named_children()[-1]
            elif other.kind() == "parenthesized_expression" and other.named_children():
                other = other.named_children()[0]
            else:
                break
        for match, matcher in (self._guards or {}).get(self.facts.scope_key(other), []):
            if _span(match) == _span(other) and need == (not matcher.unsafe):
                names, members, _ = self.facts.reads(match)
                return any(text in checked for text, _, _ in names + members)
        return False

    def _branch_regions(self, branch, need: bool) -> list[tuple[int, int | None, tuple[int, int] | None]]:
        """Where a branch's condition has the value ``need``: its consequence when true, its
        `else` (or, with none, the path that takes no arm: `if not ok(u): u = "/"`) when
        false; to the end of the scope on that path when the other arm leaves (`if not
        ok(u): return`): never past an enclosing `if` on the paths that skip it."""
        consequence = branch.field("consequence")
        if consequence is None:
            return []
        otherwise = next((c for c in branch.children() if c.kind() == self.g.else_clause), None)
        if need:
            leaves = otherwise is not None and self._leaves(otherwise.field("body") or otherwise.named_children()[-1]) \
                and all(c.kind() not in self.g.branches for c in branch.children())  # no `elif` may fall through
            arm = consequence
        else:
            if otherwise is None:
                statement = branch if branch.kind() == "if_statement" else branch.parent()
                if statement is None:
                    return []
                # (and past it, where its body leaves: `if not ok(p) or not ok(self.space): raise`,
                # the one path there, as a field's guard is judged: see cleared_over)
                past = [(_span(statement)[1] - 1, None, None)] if branch.kind() == "if_statement" \
                    and all(c.kind() not in self.g.branches for c in branch.children()) and self._leaves(consequence) else []
                return [(-1, -1, _span(statement))] + past
            leaves, arm = self._leaves(consequence), otherwise
        start, end = _span(arm)
        return [(start, None if leaves and branch.kind() == "if_statement" else end, None)]

    def _derivations(self, names: tuple[str, ...], before: int, events: list[Event]):
        """(name, names read by the value it was last assigned before ``before``) for each
        checked name and, three levels deep, for those. Not the object a name reads one field
        of (`method = event.httpMethod`: the check says nothing of `event.body`), unless the
        field says where a URL goes (`host = parsed.hostname`, `const { hostname } = new URL(url)`)."""
        out, todo = [], list(names)
        for _ in range(3):
            found = []
            for name in todo:
                assigned = next((e for e in reversed(events) if e.position < before and e.value is not None
                                 and (e.target.kind() in self.g.names and e.target.text() == name
                                      or _url_part_bound(e.target, name))), None)
                if assigned is not None and not self._field_read(assigned.value):
                    sources = tuple(t for t, _, _ in self.facts.reads(assigned.value)[0] if t != name)
                    if sources:
                        out.append((name, sources))
                        found.extend(sources)
            todo = found
        return tuple(out)

    def _field_read(self, value) -> bool:
        """Whether ``value`` reads one field of an object (`event.requestContext.http.method`,
        `body["type"]`, `msg.get("action", "ping")`), no other call on the way, and not a URL's
        destination (host, origin, scheme); or one of several with a default (`event.rawPath ||
        event.path`, `a ?? "GET"`), as its text or normalised (`str(msg.get("kind", "")).strip().lower()`)."""
        value = self._normalised(value)
        if value.kind() == self.g.call and _ONE_KEY.fullmatch(value.text()):
            return True
        kind, _, disjunction = self.g.boolean
        operator = value.field("operator") if value.kind() == kind else None
        if operator is not None and operator.text() in (disjunction, "??"):
            sides = [value.field("left"), value.field("right")]
            return all(side is not None and (self._field_read(side) or side.kind() in _LITERALS) for side in sides) \
                and any(self._field_read(side) for side in sides)
        if value.kind() not in self.g.members or value.find(kind=self.g.call) is not None:
            return False
        return _URL_PARTS.search(value.text()) is None

    def _normalised(self, value):
        """What ``value`` converts to text or normalises (`str(v)`, `v.strip().lower()`: `v`), else ``value``."""
        while value.kind() == self.g.call and (function := value.field("function")) is not None:
            arguments = value.field("arguments")
            given = arguments.named_children() if arguments is not None else []
            if function.kind() in self.g.names and function.text() in _TO_TEXT and len(given) == 1:
                value = given[0]
            elif function.kind() in self.g.members and not given and function.field("object") is not None \
                    and function.text().rsplit(".", 1)[-1] in _NORMALISERS:
                value = function.field("object")
            else:
                break
        return value

    def _exits(self, check) -> bool:
        """Whether an `if` without `else` leaves the function (or loop iteration) when taken."""
        return check.field("alternative") is None and self._leaves(check.field("consequence"))

    def _leaves(self, body) -> bool:
        """Whether a body is or ends with return/raise/throw/continue/break, or a call that raises
        (`abort`, `ctx.throw`, Next.js's `redirect`: see taint_aborts)."""
        while body is not None and body.kind() in ("block", "statement_block"):
            statements = [n for n in body.named_children() if n.kind() != "comment"]
            body = statements[-1] if statements else None
        if body is None:
            return False
        return body.kind() in self.g.exits or aborts(body.text(), self.facts.root.text)


def _url_part_bound(target, name: str) -> bool:
    """Whether a JS destructuring pattern binds ``name`` to the host a URL goes to (`{ hostname }`,
    `{ host: h }`, `{ origin }`; not its scheme or port alone): a check of it is a check of the URL
    it was taken from."""
    if target.kind() != "object_pattern":
        return False
    for part in target.named_children():
        if part.kind() == "shorthand_property_identifier_pattern" and part.text() == name:
            return _URL_HOSTS.fullmatch(name) is not None
        if part.kind() == "pair_pattern":
            key, value = part.field("key"), part.field("value")
            if value is not None and key is not None and value.text() == name:
                return _URL_HOSTS.fullmatch(key.text()) is not None
    return False


def cleared_over(events: list[Event], text: str, offset: int) -> bool:
    """Whether a guard of a scope (its ``events``) has checked ``text`` where it is read at ``offset``
    (`match self.kind: case "new": ... self.kind`; `if self.kind in ALLOWED: ...`), on every path
    there: a clear whose region holds the read (not one on the path that skips an `if`)."""
    ends = {id(e.ends): e.position for e in events if e.ends is not None}
    return any(text in e.clears and e.branch is None and e.position <= offset < ends.get(id(e), float("inf"))
               for e in events if e.clears)
