"""The window's decision dialogs. Each opens non-modally (``open()``) and hands back plain values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


def _buttons(dlg: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    # Qt's own words for these come from Qt's translations, and Qt has none in Tibetan: say them here.
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    ok.setText(QCoreApplication.translate("TownshipDialog", "OK"))
    cancel.setText(QCoreApplication.translate("TownshipDialog", "Cancel"))
    box.accepted.connect(dlg.accept)
    box.rejected.connect(dlg.reject)
    return box


class ReturnDialog(QDialog):
    """Tick what is missing or defective; say what is wrong with each defective one."""

    def __init__(self, materials: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return for correction"))
        self.table = QTableWidget(len(materials), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Material"), self.tr("Problem"), self.tr("What is wrong")]
        )
        self.keys = [k for k, _ in materials]
        self.checks: list[QCheckBox] = []
        self.kinds: list[QComboBox] = []
        self.reasons: list[QLineEdit] = []
        for row, (_key, name) in enumerate(materials):
            cb = QCheckBox(name)
            kind = QComboBox()
            kind.addItem(self.tr("Missing"), "missing")
            kind.addItem(self.tr("Defective"), "defective")
            reason = QLineEdit()
            self.table.setCellWidget(row, 0, cb)
            self.table.setCellWidget(row, 1, kind)
            self.table.setCellWidget(row, 2, reason)
            self.checks.append(cb)
            self.kinds.append(kind)
            self.reasons.append(reason)
        self.table.resizeColumnsToContents()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes for the applicant (printed on the notification)"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Everything to correct, at once: the applicant is asked only once.")))
        lay.addWidget(self.table, 1)
        lay.addWidget(self.notes)
        lay.addWidget(_buttons(self))
        self.resize(720, 420)

    def corrections(self) -> list[dict[str, str]]:
        out = []
        for key, cb, kind, reason in zip(self.keys, self.checks, self.kinds, self.reasons, strict=True):
            if cb.isChecked():
                out.append({"key": key, "status": str(kind.currentData()), "reason": reason.text().strip()})
        return out


class NotAcceptDialog(QDialog):
    def __init__(self, remedies: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not accept"))
        self.reason = QPlainTextEdit()
        self.legal_basis = QLineEdit()
        self.redirect = QLineEdit()
        self.redirect.setPlaceholderText(self.tr("If outside our powers: the office to apply to"))
        form = QFormLayout(self)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Legal basis"), self.legal_basis)
        form.addRow(self.tr("Apply instead to"), self.redirect)
        rem = QLabel(remedies)
        rem.setWordWrap(True)
        form.addRow(self.tr("Remedies"), rem)
        form.addRow(_buttons(self))

    def values(self) -> dict[str, str]:
        return {
            "reason": self.reason.toPlainText().strip(),
            "legal_basis": self.legal_basis.text().strip(),
            "redirect": self.redirect.text().strip(),
        }


class RouteDialog(QDialog):
    """并联办理: one or several departments or county bodies, each deciding on its own."""

    def __init__(self, bodies: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Route to departments"))
        self.list = QListWidget()
        for b in bodies:
            it = QListWidgetItem(b)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(it)
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("Another body (type its name)"))
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.other, 1)
        row.addWidget(add)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        lay.addWidget(_buttons(self))

    def _add(self) -> None:
        name = self.other.text().strip()
        if name:
            it = QListWidgetItem(name)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(it)
            self.other.clear()

    def check(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).text() == name:
                self.list.item(i).setCheckState(Qt.CheckState.Checked)
                return
        self.other.setText(name)
        self._add()

    def chosen(self) -> list[str]:
        return [
            self.list.item(i).text()
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class DecideDialog(QDialog):
    """A department's decision, recorded by its reviewer or by the clerk on its behalf."""

    def __init__(self, tasks: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a decision"))
        self.task = QComboBox()
        for t in tasks:
            self.task.addItem(str(t["body"]), t["task_id"])
        self.approve = QRadioButton(self.tr("Approve"))
        self.deny = QRadioButton(self.tr("Deny"))
        self.approve.setChecked(True)
        self.note = QLineEdit()
        self.document = QLineEdit()
        browse = QPushButton(self.tr("Choose PDF…"))
        browse.clicked.connect(self._browse)
        doc_row = QHBoxLayout()
        doc_row.addWidget(self.document, 1)
        doc_row.addWidget(browse)
        form = QFormLayout(self)
        if tasks:
            form.addRow(self.tr("Department"), self.task)
        choice = QHBoxLayout()
        choice.addWidget(self.approve)
        choice.addWidget(self.deny)
        form.addRow(self.tr("Decision"), choice)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Decision document (PDF)"), doc_row)
        form.addRow(_buttons(self))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Decision document"), "", "PDF (*.pdf)")
        if path:
            self.document.setText(path)

    def values(self) -> dict[str, Any]:
        return {
            "task": self.task.currentData() if self.task.count() else None,
            "decision": "approve" if self.approve.isChecked() else "deny",
            "note": self.note.text().strip(),
            "document": self.document.text().strip(),
        }


class ClockDialog(QDialog):
    """Stop the clock (why), or extend it (how many days, why)."""

    REASONS = ("on_site_inspection", "public_notice", "hearing", "expert_review")

    def __init__(self, extend: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.extend = extend
        self.setWindowTitle(self.tr("Extend the time limit") if extend else self.tr("Stop the clock"))
        form = QFormLayout(self)
        self.reason_kind = QComboBox()
        labels = {
            "on_site_inspection": self.tr("On-site inspection"),
            "public_notice": self.tr("Public notice"),
            "hearing": self.tr("Hearing"),
            "expert_review": self.tr("Expert review"),
        }
        for r in self.REASONS:
            self.reason_kind.addItem(labels[r], r)
        self.days = QSpinBox()
        self.days.setRange(1, 30)
        self.days.setValue(10)
        self.note = QLineEdit()
        if extend:
            form.addRow(self.tr("Working days"), self.days)
        else:
            form.addRow(self.tr("Reason"), self.reason_kind)
        form.addRow(self.tr("Note") if not extend else self.tr("Reason"), self.note)
        form.addRow(_buttons(self))

    def values(self) -> dict[str, Any]:
        if self.extend:
            return {"days": self.days.value(), "reason": self.note.text().strip()}
        return {"reason": self.reason_kind.currentData(), "note": self.note.text().strip()}
