"""The window's progress line says when every request waits for the server's rate window."""
from engagement_desktop.gui.run.run_progress import RunProgress
from engagement_desktop.runner.events import Progress


def test_a_hold_shows_no_requests_left_and_how_long_it_lasts(qapp):
    line = RunProgress()
    line.start(10)
    line.update_progress(Progress(3, 10, 40.0, rate_limit=300, rate_remaining=120))
    assert "120/300 left this minute" in line.status.text()
    line.update_progress(Progress(3, 10, 40.0, rate_limit=300, rate_remaining=120,
                                  held_for=170.0, held_by_refusal=True))
    assert "0/300 left this minute" in line.status.text()
    assert "about 3 minutes" in line.status.text()
