"""Submission: failures keep the draft, retry by themselves and by a button, never twice."""

from __future__ import annotations

from kiosk.services.errors import StorageUnavailable, ValidationError
from tests.ui.patient.conftest import FakeSubmit
from tests.ui.patient.walk import check_in, tap
from ui.patient.flow import Step


def test_failed_submission_is_retried_automatically_without_loss(qtbot, make_kiosk):
    submit = FakeSubmit(failures=2, error=StorageUnavailable())
    kiosk = make_kiosk(submit, retry_delays=(0.01, 0.02))
    saved = []
    kiosk.checkin_saved.connect(saved.append)
    check_in(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.sending.state == "retrying")
    assert kiosk.current_screen is kiosk.sending
    assert kiosk.sending.status.text() == (
        "We could not save just now; we are trying again. Your answers are safe here."
    )
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE)
    assert len(submit.calls) == 3
    assert len({id(call) for call in submit.calls}) == 1  # the very same submission object
    assert len({call.submission_id for call in submit.calls}) == 1
    assert len(saved) == 1


def test_retry_button_tries_at_once_and_only_once(qtbot, make_kiosk):
    submit = FakeSubmit(failures=1, error=StorageUnavailable())
    kiosk = make_kiosk(submit, retry_delays=(3600,))  # the timer would wait an hour
    check_in(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.sending.state == "retrying")
    assert kiosk.retry_timer.isActive()
    tap(qtbot, kiosk.sending.primary)
    kiosk.send()  # a second press while one attempt is in flight is ignored
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE)
    assert len(submit.calls) == 2
    assert not kiosk.retry_timer.isActive()


def test_any_exception_is_calm_and_the_draft_stays(qtbot, make_kiosk):
    submit = FakeSubmit(failures=99, error=OSError("disk full"))
    kiosk = make_kiosk(submit, retry_delays=(3600,))
    check_in(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.sending.state == "retrying")
    assert kiosk.flow.draft is not None and kiosk.flow.draft.submission is not None
    assert "disk" not in kiosk.sending.status.text()
    # idle cannot throw a signed check-in away
    kiosk.on_idle_expired()
    assert kiosk.flow.step is Step.SENDING and kiosk.flow.draft is not None


def test_refused_submission_asks_for_the_desk_and_does_not_loop(qtbot, make_kiosk):
    submit = FakeSubmit(failures=99, error=ValidationError("checklist", "stale"))
    kiosk = make_kiosk(submit, retry_delays=(0.01,))
    staff = []
    kiosk.staff_requested.connect(lambda: staff.append(True))
    check_in(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.sending.state == "needs_desk")
    assert not kiosk.retry_timer.isActive()
    assert kiosk.sending.status.text().startswith("We could not save your check-in.")
    tap(qtbot, kiosk.sending.staff)
    assert staff == [True]
    assert len(submit.calls) == 1
