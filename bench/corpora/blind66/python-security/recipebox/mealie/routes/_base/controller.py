"""Base controllers: every user-scoped route class gets its dependencies here."""
from abc import ABC
from functools import cached_property

from fastapi import Depends

from mealie.core.dependencies import SharedDependencies
from mealie.repos.all_repositories import AllRepositories


class BaseUserController(ABC):
    deps: SharedDependencies = Depends(SharedDependencies.user)

    @cached_property
    def repos(self) -> AllRepositories:
        return AllRepositories(self.deps.session, self.deps.household)

    @property
    def settings(self):
        return self.deps.settings

    @property
    def folders(self):
        return self.deps.folders
