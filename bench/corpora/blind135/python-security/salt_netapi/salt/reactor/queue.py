"""In-process event queue between the netapi and the reactor."""
import queue

REACTOR_QUEUE = queue.Queue()
