"""What the server shows in an editor's notifications (``window/showMessage``, the question of
``window/showMessageRequest``, ``$/progress`` titles and messages) is plain text: file names, rule ids and a model's words reach it, and
VS Code renders ``[label](command:...)`` there as a link that runs the command on a click."""

from __future__ import annotations

import attrs
from lsprotocol import types

from postil.gate.text import notice

_PROGRESS = (types.WorkDoneProgressBegin, types.WorkDoneProgressReport, types.WorkDoneProgressEnd)


def as_text(method: str, params):
    """``params`` of an outgoing notification or request with every text the user sees made plain."""
    if method == types.WINDOW_SHOW_MESSAGE and isinstance(params, types.ShowMessageParams) or \
            method == types.WINDOW_SHOW_MESSAGE_REQUEST and isinstance(params, types.ShowMessageRequestParams):
        return attrs.evolve(params, message=notice(params.message))
    if method == types.PROGRESS and isinstance(params, types.ProgressParams) and isinstance(params.value, _PROGRESS):
        value = params.value
        texts = {key: notice(text) for key in ("title", "message") if isinstance(text := getattr(value, key, None), str)}
        return attrs.evolve(params, value=attrs.evolve(value, **texts))
    return params
