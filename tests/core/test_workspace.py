"""Workspace files: round trip, atomic save, versions and migrations, clear errors, no secrets."""
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_desktop.core import workspace
from engagement_desktop.core.query import Query
from engagement_desktop.core.workspace import Workspace, WorkspaceError, load, loads, save
from engagement_desktop.resources import EXAMPLES

ISSUE_EXAMPLE = """{"format_version": 1, "name": "Launch week",
 "queries": [{"name": "hourly by post", "endpoint": "historical", "account": "demo-owner",
   "ids": ["1460323737035677698", "https://x.com/XDevelopers/status/1460323737035677698"],
   "metrics": ["impressions", "engagements"],
   "groupings": {"by-post": ["tweet.id", "engagement.type", "engagement.day"]},
   "start": "2026-10-01", "end": "2026-11-01", "granularity": null}]}"""


def sample() -> Workspace:
    return Workspace("Launch week", [
        Query(name="hourly", endpoint="historical", account="demo-owner",
              ids=["1460323737035677698", "https://x.com/a/status/1"], metrics=["impressions"],
              groupings={"h": ["tweet.id", "engagement.type", "engagement.hour"]},
              start="2026-10-01", end="2026-11-01"),
        Query(name="v2", endpoint="v2-28hr", account="demo-owner-oauth2", ids=["1"],
              metrics=["Impressions"], granularity="Hourly")])


def test_the_issue_example_file_loads_as_written():
    ws = loads(ISSUE_EXAMPLE)
    assert ws.name == "Launch week"
    assert ws.queries == [Query(
        name="hourly by post", endpoint="historical", account="demo-owner",
        ids=["1460323737035677698", "https://x.com/XDevelopers/status/1460323737035677698"],
        metrics=["impressions", "engagements"],
        groupings={"by-post": ["tweet.id", "engagement.type", "engagement.day"]},
        start="2026-10-01", end="2026-11-01", granularity=None)]


def test_a_saved_workspace_loads_back_equal(tmp_path):
    save(sample(), tmp_path / "w.json")
    assert load(tmp_path / "w.json") == sample()


def test_the_file_has_the_format_version_and_only_query_fields(tmp_path):
    save(sample(), tmp_path / "w.json")
    data = json.loads((tmp_path / "w.json").read_text())
    assert data["format_version"] == 3
    assert set(data) == {"format_version", "name", "queries"}
    assert all(set(q) == {"name", "endpoint", "account", "ids", "metrics", "groupings", "start",
                          "end", "range", "granularity", "compare"} for q in data["queries"])


def test_no_secret_is_ever_written_even_if_a_query_object_carries_one(tmp_path):
    query = Query(name="q", account="demo-owner")
    query.token = "AAAA-very-secret"  # e.g. a caller's mistake: never serialized
    save(Workspace("w", [query]), tmp_path / "w.json")
    assert "very-secret" not in (tmp_path / "w.json").read_text()


def test_saving_over_a_file_replaces_it_whole_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "w.json"
    target.write_text("old")
    os.chmod(target, 0o640)
    save(sample(), target)
    assert load(target) == sample()
    assert os.listdir(tmp_path) == ["w.json"]
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_failed_save_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "w.json"
    save(sample(), target)
    before = target.read_bytes()

    def refuse(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)  # under the atomic write
    with pytest.raises(WorkspaceError, match="cannot be saved: the disk is full"):
        save(Workspace("new", []), target)
    assert target.read_bytes() == before
    assert os.listdir(tmp_path) == ["w.json"]


def test_saving_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(WorkspaceError, match="cannot be saved: its folder does not exist"):
        save(sample(), tmp_path / "nope" / "w.json")


def failed_load(folder, text: str) -> str:
    """The error of loading a file holding `text` (FILE for its path); the file is untouched."""
    target = folder / "w.json"
    target.write_text(text)
    before = target.read_bytes()
    with pytest.raises(WorkspaceError) as raised:
        load(target)
    assert target.read_bytes() == before
    return str(raised.value).replace(str(target), "FILE")


def test_corrupt_json_names_the_line_and_column_and_the_file_is_untouched(tmp_path):
    assert failed_load(tmp_path, '{"format_version": 1,\n  "name": "x"\n  "queries": []}') == (
        "FILE is not valid JSON: a comma or a closing bracket is missing at line 3, column 3. "
        "Fix it or open another file; it was left as it is.")


@pytest.mark.parametrize("text, says", [
    ('{"format_version": 1, "queries": [],}', "a name in double quotes is missing at line 1, "
                                              "column 37"),
    ('{"format_version": 1 "queries": []}', "a comma or a closing bracket is missing at line 1, "
                                            "column 22"),
    ('{"format_version": 1, "name": "a\tb", "queries": []}',
     "a text in quotes holds a line break or other control character at line 1, column 33"),
    ('{"format_version": 1, "queries": [', "the file ends before its JSON is complete (line 1, "
                                           "column 35)"),
    ('{"format_version": 1, "queries": []} {}', "there is more text after the JSON ends (line 1, "
                                                "column 38)"),
    ("[" * 100_000, "its lists or objects are nested too deeply to read"),
])
def test_a_json_mistake_is_named_in_plain_words_with_where_to_look(tmp_path, text, says):
    assert failed_load(tmp_path, text) == (f"FILE is not valid JSON: {says}. Fix it or open "
                                           "another file; it was left as it is.")


def test_an_empty_file_says_it_holds_no_workspace(tmp_path):
    assert failed_load(tmp_path, " \n") == "FILE is empty; it holds no workspace. Open another file."


def test_a_workspace_without_queries_is_refused_so_a_save_cannot_drop_them(tmp_path):
    text = '{"format_version": 1, "name": "x", "querys": [{"name": "q"}]}'
    assert failed_load(tmp_path, text) == (
        "FILE has no “queries” list, where a workspace keeps its queries (it has “querys”: is "
        "that key misspelled?). Fix the key or open another file; it was left as it is.")


def test_a_file_from_a_newer_version_asks_to_update_and_is_untouched(tmp_path):
    text = '{"format_version": 4, "name": "x", "queries": [], "panels": {}}'
    assert failed_load(tmp_path, text) == (
        "FILE was written by a newer Engagement Desktop (workspace format 4; this version "
        "reads format 3). Update Engagement Desktop to open it; the file was left as it is.")


@pytest.mark.parametrize("text", ['{"name": "x", "queries": []}', '{"format_version": "1"}',
                                  '{"format_version": true}'])
def test_a_file_without_a_format_version_number_is_not_a_workspace(text):
    with pytest.raises(WorkspaceError, match="is not a workspace: it has no format_version number"):
        loads(text)


def test_json_that_is_not_an_object_is_not_a_workspace():
    with pytest.raises(WorkspaceError, match="it holds a list, not an object with format_version"):
        loads("[1, 2]")


def test_wrong_types_are_all_listed_per_field():
    text = json.dumps({"format_version": 1, "name": 7, "queries": [
        {"name": "a", "ids": "123", "metrics": ["x", 1], "groupings": {"g": "tweet.id"},
         "start": 20261001},
        "not a query"]})
    with pytest.raises(WorkspaceError) as raised:
        loads(text, "w.json")
    assert str(raised.value) == (
        "w.json has values of the wrong type; fix them or open another file (it was left as it "
        "is):\n"
        "  name must be a text, not the number 7\n"
        "  queries[0].ids must be a list of texts, not a text\n"
        "  queries[0].metrics[1] must be a text, not the number 1\n"
        "  queries[0].groupings['g'] must be a list of texts, not a text\n"
        "  queries[0].start must be a text or null, not the number 20261001\n"
        "  queries[1] must be an object, not a text")


def test_missing_query_fields_take_their_defaults():
    ws = loads('{"format_version": 1, "queries": [{"endpoint": "totals"}]}')
    assert ws.name == "Untitled"
    assert ws.queries == [Query(endpoint="totals")]


def test_an_older_format_is_upgraded_by_its_migration(monkeypatch):
    def v3_to_v4(data):
        return {**data, "format_version": 4,
                "queries": [{**q, "metrics": ["favorites" if m == "likes" else m
                                              for m in q["metrics"]]} for q in data["queries"]]}

    monkeypatch.setattr(workspace, "FORMAT_VERSION", 4)
    monkeypatch.setitem(workspace.MIGRATIONS, 3, v3_to_v4)
    ws = loads('{"format_version": 1, "name": "old", "queries": [{"metrics": ["likes"]}]}')
    assert ws.queries[0].metrics == ["favorites"]  # 1 → 2 → 3 → 4, one migration after another


def test_an_older_format_without_a_migration_says_it_cannot_be_read():
    with pytest.raises(WorkspaceError, match="has workspace format 0, which this version cannot "
                                             r"read \(it reads format 3\)"):
        loads('{"format_version": 0, "queries": []}')


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(WorkspaceError, match="There is no workspace file"):
        load(tmp_path / "absent.json")


def test_a_binary_file_is_not_a_workspace(tmp_path):
    (tmp_path / "w.json").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(WorkspaceError, match="not UTF-8 text"):
        load(tmp_path / "w.json")


def test_editing_a_query_after_saving_does_not_change_the_saved_document():
    ws = sample()
    document = workspace.to_dict(ws)
    ws.queries[0].ids.append("2")
    ws.queries[0].groupings["h"].append("engagement.day")
    assert document == workspace.to_dict(sample())


@pytest.mark.parametrize("name", ["totals-launch-week.json", "historical-hourly.json",
                                  "v2-insights.json", "plan-1000x335.json"])
def test_the_shipped_examples_load(name):
    assert load(EXAMPLES / name).queries


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_any_text_loads_or_gives_a_workspace_error(text):
    try:
        assert isinstance(loads(text), Workspace)
    except WorkspaceError as error:
        assert str(error)


KEYS = st.sampled_from(["format_version", "name", "queries", "ids", "groupings", "start", "g"])


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(KEYS, inner, max_size=4), max_leaves=12))
def test_any_json_value_loads_or_gives_a_workspace_error(value):
    try:
        assert isinstance(loads(json.dumps({"format_version": 1, "queries": [value]})), Workspace)
    except WorkspaceError as error:
        assert str(error)


VERSION_1 = {"format_version": 1, "name": "written before relative ranges", "queries": [
    {"name": "october", "endpoint": "historical", "account": "a", "ids": ["20"],
     "metrics": ["impressions"], "groupings": {"g": ["tweet.id"]}, "start": "2026-10-01",
     "end": "2026-11-01", "granularity": None}]}


def test_a_version_1_file_still_opens_with_its_fixed_dates_and_is_saved_as_version_3(tmp_path):
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(VERSION_1))
    ws = load(path)
    assert path.read_text() == json.dumps(VERSION_1)  # opening never rewrites
    assert ws.queries == [Query(name="october", endpoint="historical", account="a", ids=["20"],
                                metrics=["impressions"], groupings={"g": ["tweet.id"]},
                                start="2026-10-01", end="2026-11-01")]
    save(ws, path)
    saved = json.loads(path.read_text())
    assert saved["format_version"] == 3
    assert saved["queries"][0]["range"] is None and saved["queries"][0]["start"] == "2026-10-01"
    assert saved["queries"][0]["compare"] is None


def test_a_version_2_file_opens_without_a_comparison_and_a_comparison_loads_back(tmp_path):
    version_2 = {**VERSION_1, "format_version": 2}
    version_2["queries"] = [{**VERSION_1["queries"][0], "range": "last 28 days"}]
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(version_2))
    ws = load(path)
    assert path.read_text() == json.dumps(version_2)  # opening never rewrites
    assert ws.queries[0].range == "last 28 days" and ws.queries[0].compare is None
    ws.queries[0].compare = "7:28"
    save(ws, path)
    assert json.loads(path.read_text())["queries"][0]["compare"] == "7:28"
    assert load(path) == ws


def test_a_relative_range_is_stored_as_words_and_loads_back(tmp_path):
    ws = Workspace(name="rolling", queries=[Query(endpoint="historical", range="last 335 days")])
    save(ws, tmp_path / "w.json")
    stored = json.loads((tmp_path / "w.json").read_text())["queries"][0]
    assert (stored["range"], stored["start"], stored["end"]) == ("last 335 days", None, None)
    assert load(tmp_path / "w.json") == ws


def test_a_range_that_is_not_text_is_listed_with_the_other_wrong_types():
    text = json.dumps({"format_version": 2, "queries": [{"range": 28}]})
    with pytest.raises(WorkspaceError, match=r"queries\[0\]\.range must be a text or null"):
        loads(text)
