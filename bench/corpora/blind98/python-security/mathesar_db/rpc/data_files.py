"""RPC methods creating data files for import."""
from modernrpc.core import REQUEST_KEY, rpc_method
from modernrpc.auth.basic import http_basic_auth_login_required

from ..utils import datafiles
from .exceptions import handle_rpc_exceptions


@rpc_method(name="data_files.create_from_url")
@http_basic_auth_login_required
@handle_rpc_exceptions
def create_from_url(*, url, name=None, **kwargs):
    request = kwargs.get(REQUEST_KEY)
    content = datafiles.fetch_url(url)
    if name and request.user.is_superuser:
        return datafiles.save_named(name, content)
    return datafiles.save_anonymous(content)


@rpc_method(name="data_files.create_from_paste")
@http_basic_auth_login_required
@handle_rpc_exceptions
def create_from_paste(*, text, **kwargs):
    return datafiles.save_anonymous(text.encode(), ".tsv")
