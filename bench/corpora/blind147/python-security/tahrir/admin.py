"""Admin views: add badges, upload images."""
import logging

from pyramid.httpexceptions import HTTPForbidden, HTTPFound
from pyramid.view import view_config

from .utils import clean_png_name, fetch_badge_png, store_png

log = logging.getLogger(__name__)


def _require_admin(request):
    if request.authenticated_userid not in request.registry.settings['tahrir.admin'].split(','):
        raise HTTPForbidden()


@view_config(route_name='admin_badge_from_url', request_method='POST')
def admin_badge_from_url(request):
    _require_admin(request)
    image_url = request.POST['image_url']
    name = request.POST['name']
    data = fetch_badge_png(image_url)
    pngs_dir = request.registry.settings['tahrir.pngs.uri']
    store_png(pngs_dir, clean_png_name(name + '.png'), data)
    return HTTPFound(location=request.route_url('admin'))


@view_config(route_name='admin_badge_upload', request_method='POST')
def admin_badge_upload(request):
    _require_admin(request)
    upload = request.POST['image']
    pngs_dir = request.registry.settings['tahrir.pngs.uri']
    store_png(pngs_dir, upload.filename, upload.file.read())
    log.info('admin uploaded %s', upload.filename)
    return HTTPFound(location=request.route_url('admin'))


@view_config(route_name='admin_badge_upload_checked', request_method='POST')
def admin_badge_upload_checked(request):
    _require_admin(request)
    upload = request.POST['image']
    pngs_dir = request.registry.settings['tahrir.pngs.uri']
    store_png(pngs_dir, clean_png_name(upload.filename), upload.file.read())
    return HTTPFound(location=request.route_url('admin'))
