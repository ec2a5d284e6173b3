import json

import markdown
from markupsafe import Markup, escape


class StoryExporter:
    def __init__(self, story):
        self.story = story

    def _blocks(self):
        return json.loads(self.story.content or "[]")

    def export_html(self):
        parts = ["<h1>%s</h1>" % escape(self.story.title)]
        for block in self._blocks():
            if block.get("componentName"):
                parts.append("<div data-component='%s'></div>" % escape(block["componentName"]))
            else:
                parts.append(markdown.markdown(block.get("content", "")))
        # expect: xss
        return Markup("\n".join(parts))
