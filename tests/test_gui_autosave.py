"""Lose seconds, not minutes: autosave keeps the work while the user keeps typing."""

from __future__ import annotations

import time

from gui_helpers import type_text

from deskeditor.gui import main_window
from deskeditor.model import plain_text


def test_the_deadline_is_ten_seconds_and_pauses_still_save_sooner():
    assert main_window.AUTOSAVE_MAX_DELAY_MS <= 10_000
    assert main_window.AUTOSAVE_DELAY_MS < main_window.AUTOSAVE_MAX_DELAY_MS


def test_steady_typing_is_kept_without_a_pause(qtbot, window):
    # Shrink the clock: a 2 s pause timer that steady typing never lets fire,
    # and a 0.4 s deadline standing for the 10 s one.
    window._autosave_timer.setInterval(2_000)
    window._autosave_deadline.setInterval(400)
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Tin gõ liền tay")
    body = window.editor.body_edit
    body.setFocus()
    typed = ""
    started = time.monotonic()
    kept_while_typing = []
    while time.monotonic() - started < 1.5:
        word = "nghị quyết "
        type_text(body, word)
        typed += word
        qtbot.wait(20)  # a fast typist: far shorter gaps than the pause timer
        kept_while_typing += window.store.recoveries()
    assert kept_while_typing, "nothing was kept although the user typed for 1.5 s"
    kept = window.store.recoveries()[-1]
    assert kept.article.title == "Tin gõ liền tay"
    # The body alone: article_text also lists the category, date and byline now.
    kept_body = "\n".join(plain_text(block.runs) for block in kept.article.body)
    # What was kept is what had been typed, up to a moment ago.
    assert typed.startswith(kept_body.rstrip())
    assert len(kept_body) > 20


def test_the_deadline_runs_from_the_first_unkept_change(qtbot, window):
    window.new_article(ask=False)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "a")
    deadline = window._autosave_deadline
    assert deadline.isActive()
    first = deadline.remainingTime()
    qtbot.wait(50)
    type_text(body, "b")  # more keys do not push the deadline back
    assert deadline.remainingTime() < first
    window.autosave()
    assert not deadline.isActive()
    type_text(body, "c")
    assert deadline.isActive()


def test_saving_stops_both_autosave_timers(qtbot, window):
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Bài đã lưu")
    assert window._autosave_deadline.isActive()
    assert window.save()
    assert not window._autosave_deadline.isActive()
    assert not window._autosave_timer.isActive()
