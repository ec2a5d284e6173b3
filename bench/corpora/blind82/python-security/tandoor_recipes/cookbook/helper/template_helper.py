from gettext import gettext as _

import bleach
from jinja2 import Template, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment
from markdown import markdown

_env = SandboxedEnvironment()


class IngredientObject:
    def __init__(self, ingredient):
        self.amount = ingredient.get("amount", "")
        self.unit = ingredient.get("unit", "")
        self.food = ingredient.get("food", "")

    def __str__(self):
        return f"{self.amount} {self.unit} {self.food}".strip()


def render_instructions(step):
    ingredients = [IngredientObject(i) for i in step.get("ingredients", [])]
    try:
        template = _env.from_string(step.get("instruction") or "")
        instructions = template.render(ingredients=ingredients, scale=step.get("scale", 1))
    except (TemplateSyntaxError, UndefinedError):
        return _("Could not render template")
    return bleach.clean(markdown(instructions), tags=["p", "ul", "li", "strong", "em"])


def render_instructions_legacy(step):
    ingredients = [IngredientObject(i) for i in step.get("ingredients", [])]
    # expect: template-injection
    instructions = Template(step.get("instruction") or "").render(ingredients=ingredients)
    return bleach.clean(markdown(instructions))
