"""Part and labour lines of the estimate as an editable table, with live totals; Save sends the
whole list with the job's version, so a change made elsewhere meanwhile is caught."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.jobs.money import LineKind
from app.jobs.service import LineInput
from app.jobs.views import LineView
from ui.job.words import JobWords
from ui.widgets.text_direction import TextDirectionDelegate

Index = QModelIndex | QPersistentModelIndex
KIND, DESCRIPTION, QUANTITY, UNIT_PRICE, DISCOUNT, TOTAL = range(6)
FIELDS = {KIND: "kind", DESCRIPTION: "description", QUANTITY: "quantity",
          UNIT_PRICE: "unit_price", DISCOUNT: "discount"}


@dataclass(frozen=True)
class Line:
    kind: str = LineKind.PART.value
    description: str = ""
    quantity: int = 1
    unit_price: int = 0
    discount: int = 0

    @property
    def total(self) -> int:
        return self.quantity * self.unit_price - self.discount


class EstimateModel(QAbstractTableModel):
    totals_changed = Signal()

    def __init__(self, words: JobWords) -> None:
        super().__init__()
        self.words = words
        self.lines: list[Line] = []
        self.headers = [""] * 6
        self.dirty = False
        self.editable = True

    # --- what the editor asks -----------------------------------------------------------
    def load(self, lines: list[LineView]) -> None:
        self.beginResetModel()
        self.lines = [Line(v.kind, v.description, v.quantity, v.unit_price, v.discount)
                      for v in lines]
        self.endResetModel()
        self.dirty = False
        self.totals_changed.emit()

    def add(self, kind: str) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(Line(kind=kind))
        self.endInsertRows()
        self._changed()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self._changed()

    def inputs(self) -> list[LineInput]:
        return [LineInput(line.kind, line.description, line.quantity, line.unit_price,
                          line.discount) for line in self.lines]

    def total(self) -> int:
        return sum(line.total for line in self.lines)

    def discount(self) -> int:
        return sum(line.discount for line in self.lines)

    def _changed(self) -> None:
        self.dirty = True
        self.totals_changed.emit()

    # --- Qt's side ------------------------------------------------------------------------
    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() != TOTAL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column in FIELDS:
            return getattr(line, FIELDS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND:
                return self.words.line_kind(line.kind)
            if column == DESCRIPTION:
                return line.description
            if column == QUANTITY:
                return self.words.digits(str(line.quantity))
            value = (line.unit_price, line.discount, line.total)[column - UNIT_PRICE]
            return self.words.amount(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= QUANTITY:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in FIELDS:
            return False
        field = FIELDS[index.column()]
        new: Any
        if field in ("kind", "description"):
            new = str(value).strip() if field == "description" else str(value)
        else:
            try:
                new = max(int(value), 0)
            except (TypeError, ValueError):
                return False
        row = index.row()
        self.lines[row] = replace(self.lines[row], **{field: new})
        self.dataChanged.emit(self.index(row, 0), self.index(row, TOTAL))
        self._changed()
        return True


class KindDelegate(QStyledItemDelegate):
    """Kind of line, chosen from the list rather than typed."""

    def __init__(self, words: JobWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for kind in LineKind:
            combo.addItem(self.words.line_kind(kind), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class EstimateEditor(QWidget):
    save_requested = Signal(list)

    def __init__(self, words: JobWords, *, editable: bool) -> None:
        super().__init__()
        self.words = words
        self.model = EstimateModel(words)
        self.model.editable = editable
        self.may_edit = editable
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(KIND, KindDelegate(words, self.table))
        self.table.setItemDelegateForColumn(DESCRIPTION, TextDirectionDelegate(self.table))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.add_part, self.add_labour, self.remove, self.save = (QPushButton()
                                                                  for _ in range(4))
        self.totals = QLabel()
        self.unsaved = QLabel()
        self.unsaved.setStyleSheet("color: #b45309;")
        buttons = QHBoxLayout()
        for button in (self.add_part, self.add_labour, self.remove):
            buttons.addWidget(button)
            button.setVisible(editable)
        buttons.addStretch(1)
        buttons.addWidget(self.unsaved)
        buttons.addWidget(self.totals)
        buttons.addWidget(self.save)
        self.save.setVisible(editable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_part.clicked.connect(lambda: self._add(LineKind.PART))
        self.add_labour.clicked.connect(lambda: self._add(LineKind.LABOUR))
        self.remove.clicked.connect(self._remove)
        self.save.clicked.connect(lambda: self.save_requested.emit(self.model.inputs()))
        self.model.totals_changed.connect(self._show_totals)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.model.set_headers([self.tr("Kind"), self.tr("Description"), self.tr("Qty"),
                                self.tr("Unit price"), self.tr("Discount"), self.tr("Total")])
        self.add_part.setText(self.tr("Add part"))
        self.add_labour.setText(self.tr("Add labour"))
        self.remove.setText(self.tr("Remove line"))
        self.save.setText(self.tr("Save estimate"))
        self._show_totals()

    def load(self, lines: list[LineView], *, keep_unsaved: bool = True) -> None:
        """The saved lines; unsaved edits stay on screen unless told otherwise."""
        if keep_unsaved and self.model.dirty:
            return
        self.model.load(lines)

    def set_closed(self, closed: bool) -> None:
        self.model.editable = not closed and self.may_edit
        for button in (self.add_part, self.add_labour, self.remove, self.save):
            button.setEnabled(not closed)

    def _add(self, kind: LineKind) -> None:
        row = self.model.add(kind.value)
        self.table.setCurrentIndex(self.model.index(row, DESCRIPTION))
        self.table.edit(self.model.index(row, DESCRIPTION))

    def _remove(self) -> None:
        rows = self.table.selectionModel().selectedRows() or (
            [self.table.currentIndex()] if self.table.currentIndex().isValid() else [])
        for index in sorted(rows, key=lambda i: i.row(), reverse=True):
            self.model.remove(index.row())

    def _show_totals(self) -> None:
        self.totals.setText(self.tr("Total: {total} (discount {discount})").format(
            total=self.words.amount(self.model.total()),
            discount=self.words.amount(self.model.discount())))
        self.unsaved.setText(self.tr("Not saved yet") if self.model.dirty else "")
