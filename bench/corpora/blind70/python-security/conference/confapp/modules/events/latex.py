"""LaTeX sources for the printable timetable."""
from jinja2 import Environment, PackageLoader

_env = Environment(
    loader=PackageLoader("confapp", "templates/latex"),
    block_start_string="\\BLOCK{",
    block_end_string="}",
    variable_start_string="\\VAR{",
    variable_end_string="}",
    autoescape=False,
)


def _tex_escape(value):
    replacements = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}"}
    return "".join(replacements.get(ch, ch) for ch in str(value))


_env.filters["tex"] = _tex_escape


def render_timetable_tex(event, paper):
    template = _env.get_template("timetable.tex")
    return template.render(event=event, paper=paper)
