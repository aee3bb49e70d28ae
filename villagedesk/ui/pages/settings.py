"""Settings: language (switches at once), larger text, lock after inactivity, slip language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout

from villagedesk.services.settings import Settings
from villagedesk.ui.i18n import LANGUAGES
from villagedesk.ui.widgets import Desk, Page


class SettingsPage(Page):
    changed_settings = Signal(object)  # Settings

    def __init__(self, desk: Desk, settings: Settings) -> None:
        super().__init__(desk)
        self.settings = settings
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.large = QCheckBox()
        self.lock = QSpinBox()
        self.lock.setRange(0, 120)
        self.slips = QComboBox()
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.language, self.large, self.lock, self.slips), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.show_settings(settings)
        self.language.activated.connect(lambda _i: self._emit())
        self.large.toggled.connect(lambda _b: self._emit())
        self.lock.valueChanged.connect(lambda _v: self._emit())
        self.slips.activated.connect(lambda _i: self._emit())
        self.retranslate()

    def show_settings(self, s: Settings) -> None:
        self.settings = s
        for w in (self.language, self.large, self.lock, self.slips):
            w.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.large.setChecked(s.large_text)
        self.lock.setValue(s.lock_after_minutes)
        self.slips.setCurrentIndex(max(0, self.slips.findData(s.slip_language)))
        for w in (self.language, self.large, self.lock, self.slips):
            w.blockSignals(False)

    def retranslate(self) -> None:
        for label, text in zip(
            self.labels,
            (
                self.tr("Language"),
                self.tr("Larger text"),
                self.tr("Lock after (minutes, 0 = never)"),
                self.tr("Printed slips in"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.large.setText(self.tr("Use larger text everywhere"))
        current = self.slips.currentData() or self.settings.slip_language
        self.slips.blockSignals(True)
        self.slips.clear()
        self.slips.addItem(self.tr("Chinese and Tibetan"), "bilingual")
        self.slips.addItem(self.tr("Chinese"), "zh")
        self.slips.addItem(self.tr("Tibetan"), "bo")
        self.slips.setCurrentIndex(max(0, self.slips.findData(current)))
        self.slips.blockSignals(False)

    def _emit(self) -> None:
        from dataclasses import replace

        s = replace(
            self.settings,
            language=self.language.currentData(),
            large_text=self.large.isChecked(),
            lock_after_minutes=self.lock.value(),
            slip_language=self.slips.currentData(),
        )
        self.settings = s
        self.changed_settings.emit(s)
