"""Rows as per-series columns: the same rows back from bytes, slices and indexes."""
import pytest

from engagement_desktop.core import utc
from engagement_desktop.core.rows import DAY, HOUR, TOTAL, Row
from engagement_desktop.core.series_rows import SeriesRows

DAY0 = utc.epoch(utc.parse_instant("2026-11-20"))
ROWS = [Row("3", "impressions", DAY0 + 3600, HOUR, 7), Row("20", "favorites", DAY0, HOUR, 1),
        Row("3", "impressions", DAY0, HOUR, 5), Row(None, "favorites", None, TOTAL, 12),
        Row("3", "favorites", DAY0, DAY, 2 ** 40), Row("20", "favorites", DAY0 + 3600, HOUR, 0)]


def test_rows_are_grouped_by_series_in_first_seen_order_each_keeping_its_own_order():
    assert list(SeriesRows.from_rows(iter(ROWS))) == [ROWS[0], ROWS[2], ROWS[1], ROWS[5],
                                                      ROWS[3], ROWS[4]]


def test_stored_bytes_give_back_every_row_with_totals_and_aggregates():
    rows = SeriesRows.from_rows(ROWS)
    back = SeriesRows.from_bytes(rows.to_bytes())
    assert list(back) == list(rows) and len(back) == len(ROWS)
    assert all(type(r.bucket) in (int, type(None)) and type(r.value) is int for r in back)


def test_a_step_without_rows_is_stored_and_read_back_empty():
    back = SeriesRows.from_bytes(SeriesRows.from_rows([]).to_bytes())
    assert len(back) == 0 and list(back) == [] and not back


@pytest.mark.parametrize("start, stop", [(0, 6), (0, 1), (1, 3), (2, 5), (3, 3), (4, 99), (-2, None)])
def test_a_slice_holds_the_same_rows_as_the_same_slice_of_a_list(start, stop):
    rows = SeriesRows.from_rows(ROWS)
    assert list(rows[start:stop]) == list(rows)[start:stop]
    assert len(rows[start:stop]) == len(list(rows)[start:stop])


def test_indexing_reads_one_row_and_says_when_it_is_out_of_range():
    rows = SeriesRows.from_rows(ROWS)
    assert rows[1] == ROWS[2] and rows[-1] == ROWS[4] and rows[-6] == ROWS[0]
    with pytest.raises(IndexError):
        rows[6]
