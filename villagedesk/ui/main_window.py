"""The main window: first run, sign-in / lock, and the desk (navigation on the left, one screen at a time).

Keyboard: Ctrl+1…Ctrl+9 open the screens in the order of the list, Ctrl+L locks, F5 syncs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.models import Agent
from villagedesk.services.agents import InactivityLock
from villagedesk.services.settings import Settings, load_settings, save_settings
from villagedesk.storage.store import Store
from villagedesk.ui.fonts import apply_app_font
from villagedesk.ui.i18n import LanguageManager
from villagedesk.ui.pages.applicants import ApplicantsPage
from villagedesk.ui.pages.application import ApplicationPage
from villagedesk.ui.pages.catalog import CatalogPage
from villagedesk.ui.pages.followup import FollowUpPage
from villagedesk.ui.pages.outbox import OutboxPage
from villagedesk.ui.pages.records import RecordsPage
from villagedesk.ui.pages.settings import SettingsPage
from villagedesk.ui.pages.signin import FirstRunPage, SignInPage
from villagedesk.ui.pages.trips import TripsPage
from villagedesk.ui.tasks import TaskRunner
from villagedesk.ui.widgets import Desk

PAGE_KEYS = ("followup", "applicants", "application", "catalog", "outbox", "trips", "records", "settings")


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        languages: LanguageManager | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or load_settings(store)
        self.desk = Desk(store, runner, languages)
        self.desk.settings = self.settings
        self.resize(1366, 768)
        self.setMinimumSize(QSize(1024, 640))

        self.first_run = FirstRunPage(self.desk)
        self.sign_in = SignInPage(self.desk)
        self.pages: dict[str, Any] = {
            "followup": FollowUpPage(self.desk),
            "applicants": ApplicantsPage(self.desk),
            "application": ApplicationPage(self.desk),
            "catalog": CatalogPage(self.desk),
            "outbox": OutboxPage(self.desk),
            "trips": TripsPage(self.desk),
            "records": RecordsPage(self.desk),
            "settings": SettingsPage(self.desk, self.settings),
        }
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setStyleSheet("QListWidget#nav::item { padding: 8px 6px; }")
        self.nav.setMinimumWidth(200)
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget()
        for key in PAGE_KEYS:
            self.nav.addItem(QListWidgetItem())
            self.stack.addWidget(self.pages[key])
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.who = QLabel()
        self.lock_button = QPushButton()
        self.signout_button = QPushButton()
        self.lock_button.clicked.connect(self.lock)
        self.signout_button.clicked.connect(self.sign_out)
        bar = QHBoxLayout()
        bar.addWidget(self.who, 1)
        bar.addWidget(self.lock_button)
        bar.addWidget(self.signout_button)
        left = QVBoxLayout()
        left.addWidget(self.nav, 1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.stack, 1)
        desk_widget = QWidget()
        outer = QVBoxLayout(desk_widget)
        outer.addLayout(bar)
        outer.addLayout(body, 1)
        self.desk_widget = desk_widget

        self.root = QStackedWidget()
        self.root.addWidget(self.first_run)
        self.root.addWidget(self.sign_in)
        self.root.addWidget(desk_widget)
        self.setCentralWidget(self.root)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)

        # wiring between screens
        self.first_run.language_chosen.connect(self.set_language)
        self.first_run.finished.connect(self._first_run_done)
        self.sign_in.signed_in.connect(self._signed_in)
        self.pages["applicants"].start_application.connect(self._start_for)
        self.pages["followup"].fix_application.connect(self._fix)
        self.pages["settings"].changed_settings.connect(self.apply_settings)

        for n in range(len(PAGE_KEYS)):
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self, lambda n=n: self.go(PAGE_KEYS[n]))
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock)
        QShortcut(QKeySequence("F5"), self, self._sync_shortcut)

        self.inactivity = InactivityLock(self.settings.lock_after_minutes)
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(5000)
        self.lock_timer.timeout.connect(self._check_lock)
        self.lock_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

        self.retranslate()
        with store.reader() as uow:
            first = not uow.setting("first_run_done") and not uow.device().enrolled
        self.root.setCurrentWidget(self.first_run if first else self.sign_in)

    # ---- texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("VillageDesk — village proxy point"))
        names = {
            "followup": self.tr("Follow-up"),
            "applicants": self.tr("Applicants"),
            "application": self.tr("New application"),
            "catalog": self.tr("Service catalog"),
            "outbox": self.tr("Outbox and sync"),
            "trips": self.tr("Trips"),
            "records": self.tr("Consultations and visits"),
            "settings": self.tr("Settings"),
        }
        for i, key in enumerate(PAGE_KEYS):
            item = self.nav.item(i)
            item.setText(names[key])
            item.setToolTip(f"Ctrl+{i + 1}")
        self.lock_button.setText(self.tr("Lock"))
        self.signout_button.setText(self.tr("Sign out"))
        self._show_who()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_who(self) -> None:
        a = self.desk.agent
        self.who.setText(self.tr("Signed in: %1").replace("%1", f"{a.name} {a.name_bo}".strip()) if a else "")

    # ---- navigation

    def go(self, key: str) -> None:
        if self.root.currentWidget() is not self.desk_widget:
            return
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def _start_for(self, id_number: str) -> None:
        self.go("application")
        self.pages["application"].set_applicant(id_number)

    def _fix(self, app_uuid: str) -> None:
        self.go("application")
        self.pages["application"].open_application(app_uuid)

    def _sync_shortcut(self) -> None:
        if self.root.currentWidget() is self.desk_widget:
            self.go("outbox")
            page = self.pages["outbox"]
            if page.sync_button.isEnabled():
                page.sync_now()

    # ---- first run, sign-in, lock

    def _first_run_done(self) -> None:
        store = self.store

        def mark() -> None:
            with store.unit_of_work(record_outbox=False) as uow:
                uow.set_setting("first_run_done", True)

        self.desk.run(mark, lambda _r: None)
        self.root.setCurrentWidget(self.sign_in)

    def _signed_in(self, agent: Agent, took_over: bool) -> None:
        self.desk.agent = agent
        self.desk.agent_changed.emit()
        self.inactivity.unlock()
        self._show_who()
        self.root.setCurrentWidget(self.desk_widget)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        if took_over:
            self.status.setText(
                self.tr("You took over the open work (AB岗); it is recorded on each application.")
            )
        self.nav.setFocus()

    def lock(self) -> None:
        if self.desk.agent is None:
            return
        self.inactivity.locked = True
        self.sign_in.lock(self.desk.agent)
        self.root.setCurrentWidget(self.sign_in)

    def sign_out(self) -> None:
        self.desk.agent = None
        self.sign_in.lock(None)
        self._show_who()
        self.root.setCurrentWidget(self.sign_in)

    def _check_lock(self) -> None:
        if self.root.currentWidget() is self.desk_widget and self.inactivity.check():
            self.lock()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.inactivity.touch()
        return False

    # ---- settings

    def set_language(self, language: str) -> None:
        self.apply_settings(_replace(self.settings, language=language))

    def apply_settings(self, s: Settings) -> None:
        old = self.settings
        self.settings = s
        self.desk.settings = s
        if s.language != old.language and self.desk.languages is not None:
            self.desk.languages.set_language(s.language)
        if s.large_text != old.large_text:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_app_font(app, large=s.large_text)
        self.inactivity.minutes = s.lock_after_minutes
        self.pages["settings"].show_settings(s)
        store = self.store
        self.desk.run(lambda: save_settings(store, s), lambda _r: None)

    def closeEvent(self, event: Any) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.lock_timer.stop()
        self.desk.runner.wait()
        self.desk.closed = True
        super().closeEvent(event)


def _replace(s: Settings, **kw: Any) -> Settings:
    from dataclasses import replace

    return replace(s, **kw)


_ = Qt
