"""First run (language, enrollment), sign-in with a PIN, AB岗 takeover, and the lock screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.models import Agent
from villagedesk.services import agents
from villagedesk.ui.i18n import LANGUAGES, describe_error
from villagedesk.ui.widgets import Desk, Page, error_label


def _card(inner: QWidget) -> QWidget:
    """A centred panel: the sign-in screens are calm and simple."""
    outer = QWidget()
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setMinimumWidth(560)
    frame.setMaximumWidth(720)
    QVBoxLayout(frame).addWidget(inner)
    h = QHBoxLayout()
    h.addStretch(1)
    h.addWidget(frame, 3)
    h.addStretch(1)
    v = QVBoxLayout(outer)
    v.addStretch(1)
    v.addLayout(h)
    v.addStretch(2)
    return outer


class FirstRunPage(Page):
    """Choose the language; enroll with the township's one-time code (or later, offline first)."""

    finished = Signal()
    language_chosen = Signal(str)

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        inner = QWidget()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.activated.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.server = QLineEdit()
        self.code = QLineEdit()
        self.enroll_button = QPushButton()
        self.later_button = QPushButton()
        self.message = error_label()
        self.enroll_button.clicked.connect(self.enroll)
        self.later_button.clicked.connect(self.finished.emit)
        self.code.returnPressed.connect(self.enroll)
        self.l_language, self.l_server, self.l_code = QLabel(), QLabel(), QLabel()
        self.l_language.setBuddy(self.language)
        self.l_server.setBuddy(self.server)
        self.l_code.setBuddy(self.code)
        form = QFormLayout()
        form.addRow(self.l_language, self.language)
        form.addRow(self.explain)
        form.addRow(self.l_server, self.server)
        form.addRow(self.l_code, self.code)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.enroll_button)
        v = QVBoxLayout(inner)
        v.addWidget(self.heading)
        v.addLayout(form)
        v.addWidget(self.message)
        v.addLayout(buttons)
        QVBoxLayout(self).addWidget(_card(inner))
        self.setTabOrder(self.language, self.server)
        self.setTabOrder(self.server, self.code)
        self.setTabOrder(self.code, self.enroll_button)
        self.setTabOrder(self.enroll_button, self.later_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText("<h2>" + self.tr("Welcome to VillageDesk") + "</h2>")
        self.l_language.setText(self.tr("Language"))
        self.explain.setText(
            self.tr(
                "Enroll this laptop with the township: type the server address and the one-time code the township center gave you."
            )
        )
        self.l_server.setText(self.tr("Township server"))
        self.l_code.setText(self.tr("One-time code"))
        self.server.setPlaceholderText("https://…")
        self.enroll_button.setText(self.tr("Enroll"))
        self.later_button.setText(self.tr("Later (work offline)"))
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.desk.languages.language if self.desk.languages else "zh_CN"))
        )

    def enroll(self) -> None:
        from villagedesk.sync import commands

        url, code, store = self.server.text().strip(), self.code.text().strip(), self.desk.store
        if not url or not code:
            self.message.setText(self.tr("Type the server address and the code."))
            return
        self.enroll_button.setEnabled(False)
        self.message.setText(self.tr("Enrolling…"))

        def work() -> Any:
            commands.enroll(store, url, code)
            return commands.sync_once(store)  # brings the roster of agents and the catalog

        self.desk.run(work, self._enrolled, self._failed, writes=True)

    def _enrolled(self, _result: Any) -> None:
        self.enroll_button.setEnabled(True)
        self.message.clear()
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self.enroll_button.setEnabled(True)
        self.message.setText(describe_error(exc))


class SignInPage(Page):
    """Choose yourself on the roster, type the PIN. A second agent signing in may take over (AB岗)."""

    signed_in = Signal(object, bool)  # Agent, took over

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.locked_agent: Agent | None = None
        inner = QWidget()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.agent = QComboBox()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.returnPressed.connect(self.sign_in)
        self.pin2 = QLineEdit()
        self.pin2.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin2.setMaxLength(8)
        self.pin2.returnPressed.connect(self.sign_in)
        self.takeover = QCheckBox()
        self.takeover.hide()
        self.button = QPushButton()
        self.button.setDefault(True)
        self.button.clicked.connect(self.sign_in)
        self.message = error_label()
        self.l_agent, self.l_pin, self.l_pin2 = QLabel(), QLabel(), QLabel()
        self.l_agent.setBuddy(self.agent)
        self.l_pin.setBuddy(self.pin)
        self.l_pin2.setBuddy(self.pin2)
        form = QFormLayout()
        form.addRow(self.l_agent, self.agent)
        form.addRow(self.l_pin, self.pin)
        form.addRow(self.l_pin2, self.pin2)
        self.form = form
        v = QVBoxLayout(inner)
        v.addWidget(self.heading)
        v.addLayout(form)
        v.addWidget(self.takeover)
        v.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        v.addLayout(row)
        QVBoxLayout(self).addWidget(_card(inner))
        self.agent.currentIndexChanged.connect(lambda _i: self._agent_changed())
        self.roster: list[Agent] = []
        self.pin_set: dict[str, bool] = {}
        self.setTabOrder(self.agent, self.pin)
        self.setTabOrder(self.pin, self.pin2)
        self.setTabOrder(self.pin2, self.takeover)
        self.setTabOrder(self.takeover, self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.l_agent.setText(self.tr("Agent"))
        self.l_pin.setText(self.tr("PIN"))
        self.l_pin2.setText(self.tr("PIN again"))
        self._agent_changed()

    def refresh(self) -> None:
        store = self.desk.store

        def load() -> tuple[list[Agent], dict[str, bool]]:
            roster = agents.roster(store)
            return roster, {a.agent_id: agents.has_pin(store, a.agent_id) for a in roster}

        self.desk.run(load, self._loaded)

    def _loaded(self, data: tuple[list[Agent], dict[str, bool]]) -> None:
        self.roster, self.pin_set = data
        keep = self.agent.currentData()
        self.agent.blockSignals(True)
        self.agent.clear()
        for a in self.roster:
            self.agent.addItem(f"{a.name} {a.name_bo}".strip(), a.agent_id)
        if keep is not None:
            self.agent.setCurrentIndex(max(0, self.agent.findData(keep)))
        elif self.locked_agent is not None:
            self.agent.setCurrentIndex(max(0, self.agent.findData(self.locked_agent.agent_id)))
        self.agent.blockSignals(False)
        self._agent_changed()
        self.pin.setFocus()

    def lock(self, agent: Agent | None) -> None:
        self.locked_agent = agent
        self.pin.clear()
        self.pin2.clear()
        self.message.clear()
        if agent is not None:
            self.agent.setCurrentIndex(max(0, self.agent.findData(agent.agent_id)))
        self._agent_changed()

    def _agent_changed(self) -> None:
        agent_id = self.agent.currentData()
        new_pin = agent_id is not None and not self.pin_set.get(agent_id, True)
        self.l_pin2.setVisible(new_pin)
        self.pin2.setVisible(new_pin)
        other = (
            self.locked_agent is not None and agent_id is not None and agent_id != self.locked_agent.agent_id
        )
        self.takeover.setVisible(other)
        if self.locked_agent is not None:
            self.takeover.setText(
                self.tr("Take over the open work of %1 (AB岗)").replace("%1", self.locked_agent.name)
            )
            self.heading.setText(
                "<h2>"
                + self.tr("Locked")
                + "</h2>"
                + self.tr("%1 stepped away. Type the PIN to continue.").replace("%1", self.locked_agent.name)
            )
        else:
            self.heading.setText("<h2>" + self.tr("Sign in") + "</h2>")
        if not self.roster:
            self.message.setText(
                self.tr("No agents yet: the roster comes from the township with the first sync.")
            )
        self.button.setText(self.tr("Set PIN and sign in") if new_pin else self.tr("Sign in"))

    def sign_in(self) -> None:
        agent_id = self.agent.currentData()
        if agent_id is None:
            return
        store, pin, pin2 = self.desk.store, self.pin.text(), self.pin2.text()
        new_pin = self.pin2.isVisible()
        take = self.takeover.isVisible() and self.takeover.isChecked()
        previous = self.locked_agent.agent_id if self.locked_agent else ""
        if new_pin and pin != pin2:
            self.message.setText(self.tr("The two PINs differ."))
            return

        def work() -> tuple[Agent, bool]:
            if new_pin:
                agents.set_pin(store, agent_id, pin)
            agent = agents.sign_in(store, agent_id, pin)
            if take and previous:
                agents.take_over_work(store, from_agent=previous, to_agent=agent_id, reason="AB岗")
            return agent, take

        self.button.setEnabled(False)
        self.desk.run(work, self._done, self._failed, writes=True)

    def _done(self, result: tuple[Agent, bool]) -> None:
        self.button.setEnabled(True)
        self.pin.clear()
        self.pin2.clear()
        self.message.clear()
        self.locked_agent = None
        self.pin_set[result[0].agent_id] = True
        self.signed_in.emit(*result)

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.message.setText(describe_error(exc))
