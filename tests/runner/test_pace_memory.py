"""The learned rate limits kept in the data folder are a cache anyone could have written: a damaged
or foreign file is ignored with a log line, never an error, and the next run writes a good one."""
import json
import logging

import pytest
from engagement_builtins.enterprise import historical

from engagement_desktop.core.endpoint import BEARER
from engagement_desktop.credentials.account import Account
from engagement_desktop.runner.pace_memory import FILE_NAME, LARGEST_FILE, PaceMemory
from engagement_desktop.transport.ratelimit import RateState

ACCOUNT = Account("analyst", BEARER, base_url="https://enterprise.test")
STATE = RateState(30, 12, 30.0, budget=12, window_left=20.0, latency=0.25)
GOOD = {"account": "analyst", "endpoint": "historical", "base_url": "https://enterprise.test",
        "limit": 30, "window": 60.0, "window_end": 1_700_000_000.0, "remaining": 12,
        "latency": 0.25}


def test_a_run_s_pace_is_kept_and_recalled_by_the_next_session(tmp_path):
    PaceMemory(tmp_path).remember(ACCOUNT, historical.spec, STATE, 1_700_000_000.0)
    kept = PaceMemory(tmp_path).recall(ACCOUNT, historical.spec)
    assert (kept.limit, kept.window, kept.window_end, kept.remaining, kept.latency) == \
        (30, 60.0, 1_700_000_020.0, 12, 0.25)


def test_a_state_without_an_answer_teaches_nothing(tmp_path):
    PaceMemory(tmp_path).remember(ACCOUNT, historical.spec, RateState(None, None, 60.0), 0.0)
    assert not (tmp_path / FILE_NAME).exists()


@pytest.mark.parametrize("text", [
    "{not json", b"\xff\xfe not UTF-8", "[]", "null",
    '{"version": 1, "paces": 7}', '{"version": 1, "paces": [[1, 2]]}',
    '{"version": 1, "paces": ["x"]}', "[" * 100_000,
    json.dumps({"version": 1, "paces": [{**GOOD, "limit": "30"}]}),
    json.dumps({"version": 1, "paces": [{**GOOD, "limit": 10 ** 400}]}),
    json.dumps({"version": 1, "paces": [{**GOOD, "window": float("nan")}]}),
    json.dumps({"version": 1, "paces": [{**GOOD, "window_end": float("inf")}]}),
    json.dumps({"version": 1, "paces": [{**GOOD, "remaining": -1}]}),
    json.dumps({"version": 1, "paces": [{**GOOD, "latency": True}]}),
    json.dumps({"version": 1, "paces": [{**GOOD, "account": ["analyst"]}]}),
    json.dumps({"version": 1, "paces": [{k: v for k, v in GOOD.items() if k != "window"}]}),
])
def test_a_damaged_or_foreign_file_is_ignored_with_a_log_line(tmp_path, caplog, text):
    (tmp_path / FILE_NAME).write_bytes(text if isinstance(text, bytes) else text.encode())
    with caplog.at_level(logging.WARNING, logger="engagement_desktop.runner.pace_memory"):
        memory = PaceMemory(tmp_path)
    assert memory.recall(ACCOUNT, historical.spec) is None
    [record] = caplog.records
    assert "Ignoring the learned rate limits" in record.getMessage()
    assert str(text[:20]) not in record.getMessage()  # the file's own text is never logged
    memory.remember(ACCOUNT, historical.spec, STATE, 1_700_000_000.0)  # the next run's
    assert PaceMemory(tmp_path).recall(ACCOUNT, historical.spec).limit == 30


def test_an_oversized_file_is_not_read(tmp_path, caplog):
    records = [{**GOOD, "account": f"a{n}"} for n in range(LARGEST_FILE // 100)]
    (tmp_path / FILE_NAME).write_text(json.dumps({"version": 1, "paces": records}))
    with caplog.at_level(logging.WARNING):
        assert PaceMemory(tmp_path).recall(ACCOUNT, historical.spec) is None
    assert "Ignoring the learned rate limits" in caplog.text


def test_a_good_file_is_read_as_written(tmp_path):
    (tmp_path / FILE_NAME).write_text(json.dumps({"version": 1, "paces": [GOOD]}))
    assert PaceMemory(tmp_path).recall(ACCOUNT, historical.spec).window_end == 1_700_000_000.0


def test_a_data_folder_that_cannot_be_written_costs_only_a_log_line(tmp_path, caplog):
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be")
    with caplog.at_level(logging.WARNING):
        PaceMemory(blocked).remember(ACCOUNT, historical.spec, STATE, 1_700_000_000.0)
    assert "Could not keep the learned rate limits" in caplog.text
