"""Module queue between the API and the sender loop."""
import queue

SEND_QUEUE = queue.Queue()
