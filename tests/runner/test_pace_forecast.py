"""The estimate follows the pacer: burst into the window's budget, wait for the next window."""
import pytest

from engagement_desktop.runner.pace_forecast import (LearnedPace, Outlook, forecast_seconds,
                                                     outlook_of)
from engagement_desktop.transport.ratelimit import RateState


def test_a_job_that_fits_in_the_budget_takes_its_rounds_of_answers():
    known = Outlook(limit=300, budget=300, window_left=40, latency=0.2, learned=True)
    assert forecast_seconds(80, known, 8) == pytest.approx(10 * 0.2)


def test_past_the_budget_it_waits_for_each_window():
    known = Outlook(limit=30, budget=30, window_left=50, latency=0.2, learned=True)
    # 30 now, 30 when the window ends in 50 s, 15 a minute later.
    assert forecast_seconds(75, known, 8) == pytest.approx(50 + 60 + 2 * 0.2)


def test_a_slow_link_can_bind_before_the_limit_does():
    known = Outlook(limit=300, budget=300, window_left=60, latency=2.0, learned=True)
    # 8 every 2 s: 240 in this window's minute, the last 60 in the next one.
    assert forecast_seconds(300, known, 8) == pytest.approx(60 + 8 * 2.0)


def test_what_the_pacer_learned_is_used_and_the_declared_limit_before_that():
    state = RateState(300, 120, 300.0, budget=120, window_left=12.0, latency=0.25)
    assert outlook_of(state, 60) == Outlook(300, 120, 12.0, 0.25, True)
    guessed = outlook_of(None, 60)
    assert (guessed.limit, guessed.budget, guessed.window_left, guessed.learned) == \
        (60, 60, 30.0, False)


def test_before_the_first_answer_the_first_request_goes_alone():
    probing = Outlook(limit=300, budget=300, window_left=40, latency=0.2, learned=True,
                      probe=True)
    assert forecast_seconds(81, probing, 8) == pytest.approx(0.2 + 10 * 0.2)


def test_an_earlier_run_s_pace_keeps_its_windows_rhythm():
    learned = LearnedPace(limit=30, window=60.0, window_end=1000.0, remaining=5, latency=0.2)
    during = outlook_of(None, 60, learned, wall=990.0)  # that run's window is still open
    assert (during.limit, during.budget, during.window_left, during.latency) == (30, 5, 10.0, 0.2)
    assert during.learned and during.probe
    later = outlook_of(None, 60, learned, wall=1000.0 + 2 * 60 + 45)  # windows since: all new
    assert (later.budget, later.window_left) == (30, pytest.approx(15.0))
    answered = RateState(300, 120, 300.0, budget=120, window_left=12.0, latency=0.25)
    assert outlook_of(answered, 60, learned, wall=990.0).limit == 300  # this session's first
