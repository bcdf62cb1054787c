"""Property: whatever numbers the server holds, for any legal group_by, the nested JSON it
would send parses back to exactly those numbers — once each, and merged across batches and
windows without loss or double counting.

The nesting builder here is written from SPEC.md §1, independently of the parser.
"""
import json
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_builtins import parse_enterprise
from engagement_desktop.core.plan import Step
from engagement_desktop.core.results import ResultSet

VALUES = ("tweet.id", "engagement.type", "engagement.day", "engagement.hour")
FOUR_VALUE_ORDERS = (VALUES, ("engagement.type", "tweet.id", "engagement.day", "engagement.hour"))
LEGAL = [combo for n in (1, 2, 3) for combo in permutations(VALUES, n)
         if "engagement.type" in combo] + list(FOUR_VALUE_ORDERS)
POSTS = ("20", "850006245121695744", "1460323737035677698")
METRICS = ("impressions", "engagements", "favorites", "url_clicks")
START = datetime(2026, 11, 20, tzinfo=timezone.utc)
HOURS = 72  # three days

# The numbers the server holds: (post, metric, hour index) → count.
facts = st.dictionaries(st.tuples(st.sampled_from(POSTS), st.sampled_from(METRICS),
                                  st.integers(0, HOURS - 1)),
                        st.integers(0, 10**9), max_size=40)


def key_levels(group_by):
    """Response nesting: engagement.hour brings its day level; a day already there stays one."""
    expanded = [level for value in group_by for level in
                {"tweet.id": ["post"], "engagement.type": ["metric"], "engagement.day": ["day"],
                 "engagement.hour": ["day", "hour"]}[value]]
    return [level for i, level in enumerate(expanded) if level not in expanded[:i]]


def server_grouping(held, group_by, as_strings):
    """The grouping's object as the server would nest it."""
    sums = defaultdict(int)
    for (post, metric, hour), value in held.items():
        when = START + timedelta(hours=hour)
        keys = {"post": post, "metric": metric, "day": when.strftime("%Y-%m-%d"),
                "hour": when.strftime("%H")}
        sums[tuple(keys[level] for level in key_levels(group_by))] += value
    tree = {}
    for path, value in sums.items():
        node = tree
        for key in path[:-1]:
            node = node.setdefault(key, {})
        node[path[-1]] = str(value) if as_strings else value
    return tree


def expected_rows(held, group_by):
    """(post, metric, bucket, granularity) → value, straight from the facts."""
    granularity = ("hour" if "engagement.hour" in group_by else
                   "day" if "engagement.day" in group_by else "total")
    out = defaultdict(int)
    for (post, metric, hour), value in held.items():
        start = int((START + timedelta(hours=hour)).timestamp())
        bucket = {"hour": start, "day": start - start % 86400, "total": None}[granularity]
        out[(post if "tweet.id" in group_by else None, metric, bucket, granularity)] += value
    return dict(out)


def send(held, groupings, ids, as_strings=True):
    body = {name: server_grouping(held, group_by, as_strings) for name, group_by in groupings}
    step = Step(id="s", endpoint="historical", account="a", ids=tuple(ids), metrics=METRICS,
                groupings=tuple(groupings))
    return parse_enterprise.parse(step, 200, json.dumps(body).encode())


@settings(max_examples=150, deadline=None)
@given(facts, st.sampled_from(LEGAL), st.booleans())
def test_any_legal_nesting_parses_back_to_the_numbers_sent(held, group_by, as_strings):
    page = send(held, [("g", group_by)], POSTS, as_strings)
    assert {row.key: row.value for row in page.rows} == expected_rows(held, group_by)
    assert len(page.rows) == len(expected_rows(held, group_by))


one_four_value_at_most = st.lists(st.sampled_from(LEGAL), min_size=1, max_size=3).filter(
    lambda gbs: sum(len(gb) == 4 for gb in gbs) <= 1)


@settings(max_examples=100, deadline=None)
@given(facts, one_four_value_at_most)
def test_several_groupings_in_one_answer_count_each_number_once(held, group_bys):
    groupings = [(f"grouping {i}", gb) for i, gb in enumerate(group_bys)]
    page = send(held, groupings, POSTS)
    wanted = {}
    for gb in group_bys:
        wanted.update(expected_rows(held, gb))
    assert len({row.key for row in page.rows}) == len(page.rows)
    assert {row.key: row.value for row in page.rows} == wanted


@settings(max_examples=100, deadline=None)
@given(facts, st.sampled_from(LEGAL), st.sets(st.sampled_from(POSTS)), st.integers(1, HOURS - 1))
def test_batches_and_windows_merge_without_loss_or_duplicates(held, group_by, batch, cut):
    result = ResultSet()
    for posts in (sorted(batch), sorted(set(POSTS) - batch)):
        for window in (range(0, cut), range(cut, HOURS)):
            part = {k: v for k, v in held.items() if k[0] in posts and k[2] in window}
            page = send(part, [("g", group_by)], posts)
            result.add_rows(page.rows)
            result.add_problems(page.problems)
    rows = list(result.rows())
    assert len({row.key for row in rows}) == len(rows)
    merged = {row.key: row.value for row in rows}
    assert merged == expected_rows(held, group_by)
