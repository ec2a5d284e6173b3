"""A Mongoose model's statics, for the taint engine's helpers: a module writes
`schema.statics.findForOwner = function (ownerId, extraQuery) { return this.find(...) }` and exports
`model = mongoose.model('Task', schema)`; its importers call `Task.findForOwner(id, filter)`, so the
function is also known by the model's name (`model.findForOwner`), as a class's method is by its
class's (see taint_facts.FileFacts.helpers)."""

from __future__ import annotations

import re

from postil.analyzers.rules.taint_paths import span

_STATIC = re.compile(r"^([A-Za-z_$][\w$]*)\.statics\.([A-Za-z_$][\w$]*)$")
# `const Task = mongoose.model('Task', taskSchema)`, `export const model = model<ITask>('Task', schema)`
# (an annotation holds no colon: from every key of a long `{a:1,b:2,...}` line `:[^=\n]*` ran on to
# the line's end, the square of its length)
_MODEL = re.compile(r"\b([A-Za-z_$][\w$]*)\s*(?::[^=\n:]*)?=\s*(?:[\w$]+\.)?model\s*(?:<[^>()]*>)?\(\s*['\"`][^'\"`]*['\"`]\s*,\s*([A-Za-z_$][\w$]*)\s*[,)]")


def model_statics(root, helpers: dict[str, object]) -> dict[str, object]:
    """`Model.name` -> the function a schema's `statics.name` is assigned (``helpers``: the file's
    functions by name), for each model a variable of the module binds to that schema."""
    text = root.text()
    if ".statics." not in text:
        return {}
    models: dict[str, list[str]] = {}  # schema -> the names of its models
    for model, schema in _MODEL.findall(text):
        models.setdefault(schema, []).append(model)
    found = {}
    for statement in root.children() if models else ():
        assignment = statement.child(0) if statement.kind() == "expression_statement" else None
        if assignment is None or assignment.kind() != "assignment_expression" or assignment.field("left") is None:
            continue
        static = _STATIC.match(assignment.field("left").text())
        function = helpers.get(static.group(2)) if static else None
        if function is not None and span(function) == span(assignment.field("right")):
            found.update({f"{model}.{static.group(2)}": function for model in models.get(static.group(1), ())})
    return found
