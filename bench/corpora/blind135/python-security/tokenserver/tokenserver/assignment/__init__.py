"""Node assignment interface."""
from zope.interface import Interface


class INodeAssignment(Interface):

    def get_user(self, service, email):
        """Return the user record for service and email."""

    def update_user(self, service, user, generation=None, client_state=None):
        """Record a new generation or client state."""
