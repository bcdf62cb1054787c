"""Each post's owner @handle, remembered in the data folder so the owner lookup is asked once.

A post's author never changes, so a post looked up once (for `auto` routing or the @handle
dimension) needs no request again. The file is a JSON object {post ID: handle (lower case, no
@)}, written atomically; a damaged one is kept aside and the owners are looked up again.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from ..core.rows import PostProblem
from ..i18n.phrases import translate
from ..storage.atomic import write_text
from ..storage.damaged import DamagedFile

FILE_NAME = "post-owners.json"
# post IDs → (post → handle found, problems of the others): runner.routing.lookup_owners, bound
Lookup = Callable[[list[str]], tuple[dict[str, str], list[PostProblem]]]


class OwnerCache:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / FILE_NAME
        self._damage = DamagedFile(self.path, translate("Storage", "post owner cache"),
                                   translate("Storage", "a new one was started; owners are "
                                                        "looked up again."))
        self._owners = self._load()
        self._lock = threading.Lock()  # a run's owner search and the window's preview share it

    @property
    def problem(self) -> str | None:
        """Why a damaged cache was kept aside, if one was."""
        return self._damage.problem

    def known(self, post_ids: Iterable[str]) -> dict[str, str]:
        with self._lock:
            return {p: self._owners[p] for p in post_ids if p in self._owners}

    def remember(self, owners: Mapping[str, str]) -> None:
        with self._lock:
            fresh = {p: h for p, h in owners.items() if self._owners.get(p) != h}
            if fresh:
                self._owners.update(fresh)
                self.path.parent.mkdir(parents=True, exist_ok=True)
                write_text(self.path, json.dumps(self._owners, sort_keys=True))

    def owners(self, post_ids: Iterable[str], lookup: Lookup | None
               ) -> tuple[dict[str, str], list[PostProblem]]:
        """The owner of each post: from the cache, else asked once through `lookup` (and
        remembered); with no lookup, the posts not cached are simply left out."""
        post_ids = list(dict.fromkeys(post_ids))
        found = self.known(post_ids)
        unknown = [p for p in post_ids if p not in found]
        if not unknown or lookup is None:
            return found, []
        asked, problems = lookup(unknown)
        self.remember(asked)
        return {**found, **asked}, problems

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            self._damage.keep_aside(err)
            return {}
        if not isinstance(data, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            self._damage.keep_aside(translate("Storage", "it is not a map of post IDs to "
                                                         "@handles"))
            return {}
        return data
