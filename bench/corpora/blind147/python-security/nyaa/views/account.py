"""Login, logout and profile views."""
import logging
from urllib.parse import urlparse

import flask
from flask import Blueprint, request, url_for

from ..forms import LoginForm
from ..models import User

log = logging.getLogger(__name__)
bp = Blueprint('account', __name__)


def redirect_url():
    """Where to go after login: the referrer when it is on this site."""
    next_url = request.args.get('next')
    if next_url and not urlparse(next_url).netloc and next_url.startswith('/'):
        return next_url
    return url_for('torrents.home')


@bp.route('/login', methods=['GET', 'POST'])
def login():
    form = LoginForm(request.form)
    if request.method == 'POST' and form.validate():
        user = User.by_username_or_email(form.username.data.strip())
        if not user or not user.validate_authorization(form.password.data):
            flask.flash('Incorrect username or password.', 'danger')
            return flask.redirect(url_for('account.login'))
        flask.g.user = user
        flask.session['user_id'] = user.id
        return flask.redirect(redirect_url())
    return flask.render_template('login.html', form=form)


@bp.route('/logout')
def logout():
    flask.g.user = None
    flask.session.permanent = False
    flask.session.modified = False
    next_url = request.args.get('next') or url_for('torrents.home')
    log.debug('logout, going to %s', next_url)
    # expect: open-redirect
    response = flask.redirect(next_url)
    response.set_cookie(flask.current_app.session_cookie_name, expires=0)
    return response
