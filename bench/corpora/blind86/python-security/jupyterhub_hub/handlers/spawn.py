from tornado import web

from jupyterhub_hub.handlers.base import BaseHandler


class SpawnHandler(BaseHandler):
    @web.authenticated
    async def post(self, user_name=None):
        user = self.current_user
        form_options = {key: [v.decode("utf8") for v in values] for key, values in self.request.body_arguments.items()}
        spawner = user.spawner
        options = await spawner.run_options_from_form(form_options)
        spawner.user_options = options
        await spawner.start()
        self.redirect(self.get_next_url(user, default=self.base_url + "spawn-pending/" + user.name))
