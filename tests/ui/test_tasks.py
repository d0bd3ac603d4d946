"""run_task: work on a worker thread, exactly one answer on the GUI thread, none to the departed."""

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel

from ui.tasks import run_task


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        self.errors: list[BaseException] = []
        self.threads: list[QThread] = []

    def ok(self, value: object) -> None:
        self.threads.append(QThread.currentThread())
        self.results.append(value)

    def failed(self, exc: BaseException) -> None:
        self.threads.append(QThread.currentThread())
        self.errors.append(exc)


def test_success_arrives_on_the_gui_thread(qtbot) -> None:
    receiver = Receiver()
    worker_threads: list[int] = []

    def work() -> int:
        worker_threads.append(threading.get_ident())
        return 42

    run_task(work, receiver.ok, receiver.failed)
    qtbot.waitUntil(lambda: receiver.results == [42])
    assert receiver.errors == []
    assert receiver.threads == [QApplication.instance().thread()]
    assert worker_threads and worker_threads[0] != threading.get_ident()


def test_failure_goes_to_the_failure_callback(qtbot) -> None:
    receiver = Receiver()

    def work() -> None:
        raise OSError("disk full")

    run_task(work, receiver.ok, receiver.failed)
    qtbot.waitUntil(lambda: len(receiver.errors) == 1)
    assert isinstance(receiver.errors[0], OSError) and receiver.results == []


@pytest.mark.parametrize("explicit_owner", [False, True])
def test_no_answer_reaches_a_deleted_owner(qtbot, explicit_owner: bool) -> None:
    label = QLabel()
    release = threading.Event()
    calls: list[object] = []

    def work() -> str:
        release.wait(5)
        return "late"

    if explicit_owner:
        run_task(work, lambda v: (calls.append(v), label.setText(v)), calls.append, owner=label)
    else:
        run_task(work, label.setText, label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label))
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
    assert calls == []  # and, for the bound-method case, no RuntimeError was raised


class _Payload:
    """Stands for what a task captures: a patient's submission, a signature."""


class _Callback:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, value: object) -> None:
        self.calls += 1


def _work_returning(payload: _Payload, fails: bool) -> Callable[[], _Payload]:
    def work() -> _Payload:
        if fails:
            raise OSError("disk full")
        return payload

    return work


def _settle() -> None:
    assert QThreadPool.globalInstance().waitForDone(5000)
    for _ in range(3):  # the queued answer, then the relay's deferred deletion
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("fails", [False, True])
def test_a_finished_task_lets_go_of_everything_it_held(qtbot, fails: bool) -> None:
    """No reference cycle through Qt: the relay, the function, its result and both callbacks
    are freed by reference counting alone, with the cycle collector switched off."""
    import gc
    import weakref

    from ui import tasks

    payload, success, failure = _Payload(), _Callback(), _Callback()
    work = _work_returning(payload, fails)
    held = [weakref.ref(o) for o in (payload, success, failure)]
    gc.collect()
    gc.disable()
    try:
        run_task(work, success, failure)
        relay = weakref.ref(next(iter(tasks._live)))
        del work
        _settle()
        assert (success.calls, failure.calls) == ((0, 1) if fails else (1, 0))
        del payload, success, failure
        assert tasks.pending_tasks() == 0
        assert relay() is None
        assert [ref() for ref in held] == [None, None, None]
    finally:
        gc.enable()


def test_the_task_function_and_callbacks_are_typed_together() -> None:
    """run_task is generic: the success callback takes what the function returns."""
    import collections.abc
    import typing

    from ui import tasks

    hints = typing.get_type_hints(tasks.run_task)
    assert hints["fn"] == collections.abc.Callable[[], tasks.T]
    assert hints["on_success"] == collections.abc.Callable[[tasks.T], None]
