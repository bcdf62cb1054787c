"""The query editor's parts, each driven by an endpoint's facts."""
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QMimeData, QUrl

from engagement_builtins import specs
from engagement_desktop.core import snowflake
from engagement_desktop.core.endpoint import MetricSpec
from engagement_desktop.gui.editor.date_range import DateRange
from engagement_desktop.gui.editor.grouping_builder import MAX_GROUPINGS, GroupingBuilder
from engagement_desktop.gui.editor.ids_box import IdsBox
from engagement_desktop.gui.editor.metric_picker import MetricPicker
from i18n_translators import english  # noqa: F401 — fixture: the app always installs it

NOW = datetime(2026, 11, 20, 12, 30, tzinfo=timezone.utc)


def id_posted(when: datetime) -> int:
    """A snowflake ID whose creation time is `when`."""
    return (int(when.timestamp() * 1000) - snowflake.TWITTER_EPOCH_MS) << 22


def test_bearer_account_cannot_tick_impressions_on_totals_and_the_tooltip_says_why(qtbot):
    picker = MetricPicker()
    qtbot.addWidget(picker)
    picker.set_context(specs.TOTALS, "app", "bearer")
    impressions = picker.findChild(type(picker._boxes["favorites"]), "metric:impressions")
    assert not impressions.isEnabled()
    assert "user-context" in impressions.toolTip()
    assert picker._boxes["favorites"].isEnabled()


def test_ticked_metric_the_endpoint_does_not_serve_stays_visible_disabled_saying_where_it_is(qtbot):
    picker = MetricPicker(specs.ALL)
    qtbot.addWidget(picker)
    picker.set_selected(["quote_tweets", "favorites"])
    picker.set_context(specs.HISTORICAL, "owner", "oauth1-user")
    quotes = picker._boxes["quote_tweets"]
    assert not quotes.isEnabled()
    assert "not served by the historical endpoint" in quotes.toolTip()
    assert "totals" in quotes.toolTip()


def test_ticked_metrics_come_back_when_switching_back_to_the_endpoint(qtbot):
    picker = MetricPicker()
    qtbot.addWidget(picker)
    picker.set_context(specs.TOTALS, "owner", "oauth1-user")
    picker._boxes["quote_tweets"].setChecked(True)
    picker._boxes["favorites"].setChecked(True)
    picker.set_context(specs.HISTORICAL, "owner", "oauth1-user")
    assert picker.selected() == ["favorites"]
    picker.set_context(specs.TOTALS, "owner", "oauth1-user")
    assert picker.selected() == ["favorites", "quote_tweets"]


def test_grouping_builder_allows_three_groupings_and_no_more(qtbot):
    builder = GroupingBuilder()
    qtbot.addWidget(builder)
    builder.set_allowed(specs.HISTORICAL)
    for _ in range(MAX_GROUPINGS):
        builder.add_button.click()
    assert len(builder.groupings()) == MAX_GROUPINGS
    assert not builder.add_button.isEnabled()


def test_dragging_a_value_changes_the_grouping_nesting_order(qtbot):
    builder = GroupingBuilder()
    qtbot.addWidget(builder)
    builder.set_allowed(specs.HISTORICAL)
    builder.set_groupings({"by-post": ["tweet.id", "engagement.type", "engagement.day",
                                       "engagement.hour"]})
    with qtbot.waitSignal(builder.changed):
        builder.rows()[0].move_value("engagement.type", 0)
    assert builder.groupings() == {"by-post": ["engagement.type", "tweet.id", "engagement.day",
                                               "engagement.hour"]}


def test_v2_endpoint_has_no_groupings_and_says_its_granularity_sets_the_buckets(qtbot):
    builder = GroupingBuilder()
    qtbot.addWidget(builder)
    builder.set_allowed(specs.HISTORICAL)
    builder.set_groupings({"g": ["tweet.id"]})
    builder.set_allowed(specs.V2_HISTORICAL)
    assert builder.groupings() == {}
    assert not builder.add_button.isEnabled()
    assert "granularity" in builder.note.text()


def test_presets_set_the_range_and_show_how_many_four_week_windows_it_takes(qtbot, english):
    dates = DateRange(now=lambda: NOW)
    qtbot.addWidget(dates)
    dates.set_spec(specs.HISTORICAL)
    dates.presets[365].click()
    start, end, _ = dates.values()
    assert (start, end) == ("2025-11-20T13:00:00Z", "2026-11-20T12:00:00Z")
    assert "14 request windows" in dates.windows.text()  # 8760 h / 672 h
    dates.presets[7].click()
    assert "1 request window " in dates.windows.text()


def test_lifetime_endpoint_sends_no_dates_and_v2_offers_its_granularities(qtbot):
    dates = DateRange(now=lambda: NOW)
    qtbot.addWidget(dates)
    dates.set_spec(specs.TOTALS)
    assert dates.values() == (None, None, None)
    dates.set_spec(specs.V2_HISTORICAL)
    dates.set_values("2026-10-01", "2026-10-15", "Daily")
    assert dates.values() == ("2026-10-01T00:00:00Z", "2026-10-15T00:00:00Z", "Daily")


def test_pasted_ids_and_urls_are_counted_and_bad_tokens_listed_with_reasons(qtbot):
    box = IdsBox(now=lambda: NOW)
    qtbot.addWidget(box)
    box.edit.setPlainText("1460323737035677698\n"
                          "https://x.com/XDevelopers/status/1460323737035677699"
                          "?s=20\nhello\nhttps://x.com/XDevelopers")
    box.refresh()
    assert box.post_ids == ["1460323737035677698", "1460323737035677699"]
    assert box.count.text() == "2 posts"
    assert "“hello”: a post ID has digits only" in box.rejected.text()
    assert "not to a post" in box.rejected.text()


def test_old_posts_get_age_badges_for_the_90_and_1800_day_limits(qtbot):
    box = IdsBox(now=lambda: NOW)
    qtbot.addWidget(box)
    box.set_spec(specs.TOTALS)  # it declares 90 days for impressions, 1800 for video views
    two_years_old = id_posted(datetime(2024, 11, 20, tzinfo=timezone.utc))
    box.set_entries(["20", str(two_years_old)])  # 20 was posted in 2006
    assert "2 &gt; 90 days" in box.badges.text()
    assert "1 &gt; 1800 days" in box.badges.text()


def test_age_badges_follow_the_chosen_endpoints_declared_limits(qtbot):
    box = IdsBox(now=lambda: NOW)
    qtbot.addWidget(box)
    two_years_old = id_posted(datetime(2024, 11, 20, tzinfo=timezone.utc))
    box.set_entries(["20", str(two_years_old)])
    box.set_spec(specs.HISTORICAL)  # only video views have an age limit there
    assert "90 days" not in box.badges.text()
    assert "1 &gt; 1800 days" in box.badges.text()
    assert "the API gives no video views" in box.badges.toolTip()
    saves = MetricSpec("saves", "Saves", max_age_days=365)
    box.set_spec(replace(specs.TOTALS, name="saves-api", metrics=(saves,)))
    assert box.badges.text().count("&gt;") == 1 and "2 &gt; 365 days" in box.badges.text()
    assert "saves-api gives no saves" in box.badges.toolTip()
    box.set_spec(None)
    assert box.badges.text() == ""


def test_dropped_files_add_their_ids(qtbot, tmp_path):
    box = IdsBox(now=lambda: NOW)
    qtbot.addWidget(box)
    csv = tmp_path / "posts.csv"
    csv.write_text("id,label\n1460323737035677698,launch\n1460323737035677699,follow-up\n",
                   encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(csv))])
    box.edit.insertFromMimeData(mime)
    assert box.post_ids == ["1460323737035677698", "1460323737035677699"]


def test_the_range_list_offers_relative_ranges_that_are_stored_as_words_and_shown_as_dates(qtbot):
    dates = DateRange(now=lambda: NOW)
    qtbot.addWidget(dates)
    dates.set_spec(specs.HISTORICAL)
    offered = [dates.relative.itemData(i) for i in range(dates.relative.count())]
    assert offered[0] is None  # fixed dates
    assert {"last 28 days", "last 335 days", "yesterday", "this month"} <= set(offered)
    with qtbot.waitSignal(dates.changed):
        dates.relative.setCurrentIndex(offered.index("yesterday"))
    assert dates.values() == (None, None, None) and dates.range_words() == "yesterday"
    yesterday = NOW.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1)
    assert dates.start.dateTime().toSecsSinceEpoch() == int(yesterday.timestamp())
    assert dates.windows.text().startswith(f"yesterday: {yesterday:%Y-%m-%d} 00:00 → ")


def test_a_date_typed_over_a_relative_range_makes_it_fixed_and_a_query_range_shows_again(qtbot):
    dates = DateRange(now=lambda: NOW)
    qtbot.addWidget(dates)
    dates.set_spec(specs.HISTORICAL)
    dates.set_values(None, None, None, "Last 335 Days")
    assert dates.range_words() == "last 335 days"
    dates.start.setDateTime(dates.start.dateTime().addDays(1))  # as typing does
    assert dates.range_words() is None and dates.values()[0] is not None
    dates.set_values(None, None, None, "last 14 days")  # not a preset: added to the list
    assert dates.relative.currentText() == "Last 14 days" and dates.range_words() == "last 14 days"
    dates.set_values(None, None, None, "last fortnight")
    assert "is not a relative range" in dates.windows.text()
    dates.set_spec(specs.TOTALS)
    assert dates.range_words() is None  # lifetime totals have no range
