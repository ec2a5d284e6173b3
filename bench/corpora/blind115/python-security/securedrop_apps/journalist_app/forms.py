from wtforms import Form, StringField
from wtforms.validators import InputRequired, Length


class EditAccountForm(Form):
    username = StringField("username", validators=[InputRequired(), Length(min=3, max=100)])
    first_name = StringField("first_name", validators=[Length(max=100)])
