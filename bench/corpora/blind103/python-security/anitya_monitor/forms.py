from flask_wtf import FlaskForm
from wtforms import SelectField, StringField
from wtforms.validators import URL, DataRequired, Optional

BACKENDS = [("GitHub", "GitHub"), ("PyPI", "PyPI"), ("folder", "folder"), ("custom", "custom")]


class ProjectForm(FlaskForm):
    name = StringField("Project name", validators=[DataRequired()])
    homepage = StringField("Homepage", validators=[DataRequired(), URL()])
    backend = SelectField("Backend", choices=BACKENDS, default="custom")
    version_url = StringField("Version URL", validators=[Optional()])
    version_prefix = StringField("Version prefix", validators=[Optional()])
    regex = StringField("Regex", validators=[Optional()])
