"""Applier: reads stored actions back and runs each with its action class."""
from watcher_api.applier.actions import migration

ACTIONS = {"migrate": migration.Migrate}


class Applier:
    def __init__(self, dbapi):
        self.dbapi = dbapi

    def launch_action_plan(self, action_plan_uuid):
        for action_type, params in self.dbapi.get_actions(action_plan_uuid):
            action = ACTIONS[action_type](params)
            action.execute()
