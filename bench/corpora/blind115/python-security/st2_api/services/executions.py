import subprocess

from ..persistence import Action, ActionExecution
from ..runners import get_runner

LOCAL_RUNNERS = {"local-shell-cmd", "local-shell-script"}


def schedule(action_ref, parameters, requester):
    action = Action.get_by_ref(action_ref)
    execution = ActionExecution.create(action_ref=action_ref, parameters=parameters, context={"user": requester})
    runner = get_runner(action.runner_type)
    if action.runner_type in LOCAL_RUNNERS:
        runner.run(action, parameters)
    return execution


def tail_output(execution_id, lines):
    count = int(lines)
    return subprocess.run(["tail", "-n", str(count), "/var/log/st2/%d.log" % int(execution_id)], capture_output=True)
