"""Subscriptions: a user may register a callback that the worker notifies."""
from pecan import request, rest
from pecan.secure import secure
import wsmeext.pecan as wsme_pecan

from storyboard.api.auth import authorization_checks as checks
from storyboard.api.v1 import wmodels
from storyboard.db.api import subscriptions as subscriptions_api


class SubscriptionsController(rest.RestController):

    @secure(checks.authenticated)
    @wsme_pecan.wsexpose(wmodels.Subscription, body=wmodels.Subscription)
    def post(self, subscription):
        values = {
            "user_id": request.current_user_id,
            "target_type": subscription.target_type,
            "target_id": subscription.target_id,
            "callback_url": subscription.callback_url,
        }
        return wmodels.Subscription.from_db_model(subscriptions_api.subscription_create(values))
