"""The owner cache: each post's owner is asked once, remembered across runs of the app, and a
damaged cache is kept aside rather than trusted or lost."""
import json

from engagement_desktop.core.rows import UNAVAILABLE, PostProblem
from engagement_desktop.runner.owner_cache import FILE_NAME, OwnerCache


class Lookup:
    """Stands for the owner lookup: knows some owners and records what it was asked."""

    def __init__(self, owners):
        self.owners, self.asked = owners, []

    def __call__(self, post_ids):
        self.asked.append(list(post_ids))
        found = {p: self.owners[p] for p in post_ids if p in self.owners}
        return found, [PostProblem(p, UNAVAILABLE, "gone") for p in post_ids if p not in found]


def test_a_post_is_looked_up_once_and_remembered_by_the_next_cache(tmp_path):
    lookup = Lookup({"1": "alice", "2": "bob"})
    owners, problems = OwnerCache(tmp_path).owners(["1", "2", "3"], lookup)
    assert owners == {"1": "alice", "2": "bob"} and [p.post_id for p in problems] == ["3"]
    again = Lookup({})
    owners, _ = OwnerCache(tmp_path).owners(["2", "1", "4"], again)
    assert owners == {"1": "alice", "2": "bob"} and again.asked == [["4"]]


def test_without_a_lookup_the_posts_not_cached_are_left_out(tmp_path):
    OwnerCache(tmp_path).remember({"1": "alice"})
    assert OwnerCache(tmp_path).owners(["1", "2"], None) == ({"1": "alice"}, [])


def test_a_damaged_cache_is_kept_aside_and_the_owners_asked_again(tmp_path):
    (tmp_path / FILE_NAME).write_text("{not json")
    cache = OwnerCache(tmp_path)
    assert "post owner cache was damaged" in cache.problem
    assert [p.name for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    lookup = Lookup({"1": "alice"})
    assert cache.owners(["1"], lookup)[0] == {"1": "alice"} and lookup.asked == [["1"]]
    assert json.loads((tmp_path / FILE_NAME).read_text()) == {"1": "alice"}
