"""Fields of a NestJS DTO that class-validator checks, its class declared in another module of the workspace, for
the taint engine: a repository's `list(query: ListQueryDto)` reading `query.orderBy`, where `dto/list-query.dto.ts`
declares `@IsIn(SORT_FIELDS) orderBy`, reads one of fixed words (the ValidationPipe refused the request otherwise);
`@IsInt()`, `@IsUUID()`, `@IsEnum()` and their kin likewise. Each such read in the file is clean, for every rule; a
field checked only as text (`@IsString() @MaxLength(64)`) keeps its taint. (A DTO declared in the file itself is
js-value-conversions' rule.) The module's text is read by hand, not parsed: its class body, line by line."""

from __future__ import annotations

import re

from postil.analyzers.rules.facts_memo import once_a_file
from postil.analyzers.rules.taint_grammar import PYTHON
from postil.analyzers.rules.taint_paths import span

# a parameter typed with a class (`query: ListQueryDto`, `dto?: CreateDto,`): not an array of it or a generic
# (the type found from its `:`, then the name before it: a pattern opening with a name is tried at every position)
_TYPE = re.compile(r":[ \t]*([A-Z][\w$]*)[ \t]*[,)=]")
_NAME = re.compile(r"([A-Za-z_$][\w$]*)\??$")
# class-validator's checks that leave no text a query, path or markup could be built from
_CHECKS = re.compile(r"@(?:IsInt|IsNumber|IsNumberString|IsPositive|IsNegative|Min|Max|IsIn|IsEnum|IsUUID|IsMongoId"
                     r"|IsBoolean|IsBooleanString|IsDate|IsDateString|IsISO8601|IsHexadecimal|IsAlphanumeric|IsAlpha"
                     r"|IsPort|IsLatitude|IsLongitude)\(")
# a body line's leading decorators (`@Type(() => Number) @IsInt()`), then what follows them
_DECORATED = re.compile(r"^[ \t]*((?:@[A-Za-z_]\w*(?:\((?:[^()\n]|\([^()\n]*\))*\))?[ \t]*)*)(.*)$")
# a field's declaration (`orderBy: SortField = 'createdAt';`, `readonly limit = 20;`, `entityType?: string;`)
_FIELD = re.compile(r"^(?:(?:public|private|protected|readonly|declare)[ \t]+)*([A-Za-z_$][\w$]*)[!?]?[ \t]*[:=;]")


def checked_dto_reads(facts) -> list[tuple[int, int]]:
    """The spans of the reads, in the file ``facts`` describes, of checked fields (see the module) of parameters
    typed with a class another module of the workspace declares (kept per file: every rule of the file asks)."""
    if facts.g is PYTHON or facts.link is None:
        return []
    return _reads(facts)


@once_a_file
def _reads(facts) -> list[tuple[int, int]]:
    link = facts.link
    typed = [(name.group(1), m.group(1)) for m in _TYPE.finditer(link.text)
             if (name := _NAME.search(link.text, max(0, m.start() - 80), m.start())) is not None]
    classes = {local: (target, name) for local, name, target, whole in (
        link.workspace.graph.targets(link.path, link.text, link.language) if typed and link.path else ()) if not whole}
    checked: dict[str, set[str]] = {}
    for parameter, cls in typed:
        imported = classes.get(cls)
        fields = _checked_fields(link.workspace.text(imported[0])[0] or "", imported[1] or cls) if imported else set()
        if fields:
            checked.setdefault(parameter, set()).update(fields)
    if not checked:
        return []
    reads = "|".join(f"{re.escape(p)}\\.({'|'.join(map(re.escape, sorted(f)))})" for p, f in sorted(checked.items()))
    return [span(m) for m in facts.find({"rule": {"kind": "member_expression", "regex": f"^({reads})$"}})]


def _checked_fields(text: str, cls: str) -> set[str]:
    """The fields of the class ``cls`` in a module's ``text`` that a check of _CHECKS is written on."""
    opening = re.search(rf"\bclass[ \t]+{re.escape(cls)}\b[^{{]*\{{", text)
    if opening is None:
        return set()
    fields, pending, depth = set(), "", 1
    for line in text[opening.end():].splitlines():
        if depth == 1:
            decorators, rest = _DECORATED.match(line).groups()
            pending += decorators
            field = _FIELD.match(rest.strip()) if rest.strip() else None
            if field is not None:
                if _CHECKS.search(pending):
                    fields.add(field.group(1))
                pending = ""
        depth += line.count("{") - line.count("}")
        if depth <= 0:
            break
    return fields
