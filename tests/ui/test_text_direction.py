"""A person's text keeps its own direction on screen (UAX #9 P2/P3): the rule, the delegate that
draws table cells and list rows by it, and where its ink lands in a real view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from app.locale.text import FSI, PDI, isolate, join_isolated, paragraph_direction
from ui.widgets.text_direction import TextDirectionDelegate, show_paragraph, text_direction

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
PERSIAN_SMS = "سلام، گوشی A52 آماده است؟"
ENGLISH_NOTE = "The LCD connector was loose."


@pytest.mark.parametrize(("text", "direction"), [
    (PERSIAN_SMS, "rtl"),
    (ENGLISH_NOTE, "ltr"),
    ("A52 گوشی", "ltr"),  # the first strong character decides, not the most of them
    ("۱۲۳ - «گوشی»", "rtl"),  # digits and punctuation are passed over
    ("0912 345 6789", None),  # no strong character: the place it is shown decides
    ("", None),
    (f"{isolate(PERSIAN_SMS)} note", "ltr"),  # P2: what is inside an isolate is skipped
    (f"{FSI}{FSI}سلام{PDI} x{PDI} گوشی", "rtl"),  # nested isolates close pair by pair
    ("\u200fThe", "rtl"),  # a right-to-left mark is strong
])
def test_a_paragraph_takes_the_direction_of_its_first_strong_character(
        text: str, direction: str | None) -> None:
    assert paragraph_direction(text) == direction


def test_mixed_parts_are_isolated_and_empty_ones_left_out() -> None:
    joined = join_isolated(" · ", ["سید محمد", "", "09123450041"])
    assert joined == f"{FSI}سید محمد{PDI} · {FSI}09123450041{PDI}"
    assert paragraph_direction(joined) is None  # the line follows its window
    assert isolate("") == ""


def option_for(view: QTableView, row: int, column: int = 0) -> QStyleOptionViewItem:
    delegate = view.itemDelegateForColumn(column)
    assert isinstance(delegate, TextDirectionDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate.initStyleOption(option, view.model().index(row, column))
    return option


def table_of(qtbot: QtBot, texts: list[str], direction: Qt.LayoutDirection) -> QTableView:
    model = QStandardItemModel(len(texts), 1)
    for row, text in enumerate(texts):
        model.setItem(row, 0, QStandardItem(text))
    view = QTableView()
    view.setLayoutDirection(direction)
    view.setModel(model)
    view.setItemDelegateForColumn(0, TextDirectionDelegate(view))
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    view.resize(600, 200)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.setProperty("texts", model)  # keep the model alive with the view
    return view


def test_the_delegate_gives_each_cell_its_own_texts_direction(qtbot: QtBot) -> None:
    english_desk = table_of(qtbot, [PERSIAN_SMS, ENGLISH_NOTE, "0912 345 6789"], LTR)
    assert option_for(english_desk, 0).direction == RTL
    assert option_for(english_desk, 1).direction == LTR
    assert option_for(english_desk, 2).direction == LTR  # the view's
    persian_desk = table_of(qtbot, [ENGLISH_NOTE, "۰۹۱۲ ۳۴۵ ۶۷۸۹"], RTL)
    assert option_for(persian_desk, 0).direction == LTR
    assert option_for(persian_desk, 1).direction == RTL  # the view's


def ink_columns(view: QTableView, row: int) -> tuple[int, int]:
    """The leftmost and rightmost x with dark pixels in the row's cell."""
    rect = view.visualRect(view.model().index(row, 0))
    image: QImage = view.viewport().grab(rect).toImage()
    dark = [x for x in range(image.width()) for y in range(image.height())
            if QColor(image.pixel(x, y)).lightness() < 110]
    assert dark, "nothing drawn"
    return min(dark), max(dark)


def test_a_persian_sms_starts_at_the_right_of_an_english_cell_and_back(
        qtbot: QtBot) -> None:
    english_desk = table_of(qtbot, [PERSIAN_SMS, ENGLISH_NOTE], LTR)
    width = english_desk.visualRect(english_desk.model().index(0, 0)).width()
    left, right = ink_columns(english_desk, 0)
    assert left > width / 2 and right > width - 12  # right aligned, from its own start
    left, right = ink_columns(english_desk, 1)
    assert left < 12 and right < width / 2
    persian_desk = table_of(qtbot, [ENGLISH_NOTE], RTL)
    left, right = ink_columns(persian_desk, 0)
    assert left < 12 and right < width / 2  # an English note starts at the left


def test_the_final_period_of_an_english_note_stays_after_its_last_word(
        qtbot: QtBot) -> None:
    """In the Persian desk the note's period once sat at the far left of its line."""
    plain = table_of(qtbot, ["loose."], RTL)
    plain.setItemDelegateForColumn(0, None)  # Qt's own: the cell's direction
    drawn = table_of(qtbot, ["loose."], RTL)
    width = drawn.visualRect(drawn.model().index(0, 0)).width()
    # Qt's own drawing lays "loose." out right to left: the period lands first, at the left
    # of the word; drawn by the text's direction, the word starts the line at the left.
    assert ink_columns(plain, 0)[0] > width / 2
    left, _ = ink_columns(drawn, 0)
    assert left < 12
    word_only = table_of(qtbot, ["loose"], RTL)
    assert ink_columns(word_only, 0)[0] == pytest.approx(left, abs=2)  # "l" is first


def test_a_label_with_free_text_follows_its_text(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    show_paragraph(label, PERSIAN_SMS)
    assert label.layoutDirection() == RTL and label.text() == PERSIAN_SMS
    show_paragraph(label, ENGLISH_NOTE)
    assert label.layoutDirection() == LTR
    show_paragraph(label, "۱۲۳")
    assert not label.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection)
    assert text_direction("۱۲۳") is None
