"""run_task: work on a worker thread, exactly one answer on the GUI thread, none to the departed."""

import threading

import pytest
from PySide6.QtCore import QObject, QThread, QThreadPool
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
