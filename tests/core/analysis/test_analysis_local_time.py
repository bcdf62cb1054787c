"""UTC buckets as local weekday and hour, right across the 2026 DST changes."""
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_desktop.core import utc
from engagement_desktop.core.analysis import local_time

YEAR_2026 = (utc.epoch(utc.parse_instant("2026-01-01")), utc.epoch(utc.parse_instant("2027-01-01")))


def weekday_and_hour(instant, zone):
    local = local_time.local_seconds(np.array([instant], np.int64), local_time.zone(zone))
    days = local_time.local_days(local)
    return int(local_time.weekday(days)[0]), int(local_time.hour_of_day(local)[0])


@pytest.mark.parametrize("zone, instant, weekday, hour", [
    # Europe/Madrid springs forward at 01:00 UTC on Sunday 29 March: 02:00 local never happens.
    ("Europe/Madrid", "2026-03-29T00:00:00Z", 6, 1),
    ("Europe/Madrid", "2026-03-29T01:00:00Z", 6, 3),
    # ...and falls back at 01:00 UTC on Sunday 25 October: 02:00 local happens twice.
    ("Europe/Madrid", "2026-10-25T00:00:00Z", 6, 2),
    ("Europe/Madrid", "2026-10-25T01:00:00Z", 6, 2),
    ("Europe/Madrid", "2026-10-25T02:00:00Z", 6, 3),
    ("Europe/Madrid", "2026-10-24T22:00:00Z", 6, 0),  # midnight CEST is already Sunday
    # America/New_York springs forward at 07:00 UTC on Sunday 8 March.
    ("America/New_York", "2026-03-08T06:00:00Z", 6, 1),
    ("America/New_York", "2026-03-08T07:00:00Z", 6, 3),
    ("America/New_York", "2026-03-08T04:00:00Z", 5, 23),  # still Saturday evening, EST
    # ...and falls back at 06:00 UTC on Sunday 1 November.
    ("America/New_York", "2026-11-01T05:00:00Z", 6, 1),
    ("America/New_York", "2026-11-01T06:00:00Z", 6, 1),
    ("America/New_York", "2026-11-01T07:00:00Z", 6, 2),
    ("America/New_York", "2026-11-01T03:00:00Z", 5, 23),  # Saturday 31 October, EDT
])
def test_switch_hours_land_on_the_local_weekday_and_hour(zone, instant, weekday, hour):
    assert weekday_and_hour(utc.epoch(utc.parse_instant(instant)), zone) == (weekday, hour)


@settings(max_examples=50, deadline=None)
@given(instants=st.lists(st.integers(*YEAR_2026), min_size=1, max_size=200),
       zone=st.sampled_from(["Europe/Madrid", "America/New_York", "Asia/Kolkata",
                             "Australia/Lord_Howe", "UTC"]))
def test_every_instant_reads_as_zoneinfo_reads_it(instants, zone):
    tz = ZoneInfo(zone)
    local = local_time.local_seconds(np.array(instants, np.int64), tz)
    for instant, seconds in zip(instants, local.tolist()):
        wall = datetime.fromtimestamp(instant, tz)
        assert seconds == int(wall.replace(tzinfo=local_time.UTC).timestamp())


def test_an_unknown_zone_name_gets_a_plain_message():
    with pytest.raises(ValueError, match="not a time zone this computer knows"):
        local_time.zone("Europe/Atlantis")
    assert local_time.zone(None) is local_time.UTC
