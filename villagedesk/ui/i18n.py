"""Languages at run time, the stretched-strings mode, and the words the screens share.

Switching language installs another ``QTranslator``; Qt then sends every widget a ``LanguageChange``
event and each screen re-sets its texts (``retranslate``), so nothing restarts.

``VILLAGEDESK_STRETCH=1`` makes every translated string about 40 % longer (as Vorta's stretched
mode), to find layouts that break with long translations: Tibetan strings are often much longer
than the Chinese.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTranslator

from villagedesk.core.errors import VillageDeskError
from villagedesk.paths import translations_dir

LANGUAGES: tuple[tuple[str, str], ...] = (("zh_CN", "中文"), ("bo", "བོད་ཡིག"), ("en", "English"))
DEFAULT_LANGUAGE = "zh_CN"
STRETCH_ENV = "VILLAGEDESK_STRETCH"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def stretch(text: str) -> str:
    """About 40 % longer, keeping placeholders (%1) and rich text intact."""
    if not text or text.lstrip().startswith("<"):
        return text
    extra = text.replace("%", "").replace("&", "")[: max(2, round(len(text) * 0.4))]
    return f"{text} {extra}"


class StretchTranslator(QTranslator):
    def __init__(self, inner: QTranslator | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inner = inner

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        base = self.inner.translate(context, source, disambiguation, n) if self.inner is not None else ""
        return stretch(base or source)

    def isEmpty(self) -> bool:
        return False


class LanguageManager(QObject):
    """Owns the installed translators; ``set_language`` works at any time."""

    def __init__(self, app: QCoreApplication, *, stretch_mode: bool | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []
        self.stretch_mode = os.environ.get(STRETCH_ENV) == "1" if stretch_mode is None else stretch_mode

    def uninstall(self) -> None:
        for t in self._installed:
            self.app.removeTranslator(t)
        self._installed = []

    def set_language(self, language: str) -> bool:
        """Install ``villagedesk_<language>.qm``; False if it could not be loaded (the source strings show)."""
        self.uninstall()
        loaded: QTranslator | None = QTranslator(self)
        try:
            folder = str(translations_dir())
        except FileNotFoundError:
            folder = ""
        ok = bool(folder) and loaded is not None and loaded.load(f"villagedesk_{language}", folder)
        if not ok:
            loaded = None
        if loaded is not None and not self.stretch_mode:
            self.app.installTranslator(loaded)
            self._installed.append(loaded)
        if self.stretch_mode:
            st = StretchTranslator(loaded, self)
            self.app.installTranslator(st)
            self._installed.append(st)
        self.language = language
        QLocale.setDefault(locale_for(language))
        return ok


def locale_for(language: str) -> QLocale:
    return QLocale({"zh_CN": "zh_CN", "bo": "bo_CN", "en": "en_GB"}.get(language, "zh_CN"))


def format_date(day: dt.date | None) -> str:
    if day is None:
        return "—"
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_size(n: int) -> str:
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


# ---- shared words (context "Words")


def state_name(state: str) -> str:
    names = {
        "draft": QCoreApplication.translate("Words", "Draft"),
        "awaiting_materials": QCoreApplication.translate("Words", "Waiting for materials"),
        "ready": QCoreApplication.translate("Words", "Ready to send"),
        "queued": QCoreApplication.translate("Words", "Queued to send"),
        "received": QCoreApplication.translate("Words", "Arrived at the township"),
        "accepted": QCoreApplication.translate("Words", "Accepted"),
        "returned": QCoreApplication.translate("Words", "Returned for correction"),
        "not_accepted": QCoreApplication.translate("Words", "Not accepted"),
        "in_review": QCoreApplication.translate("Words", "Under review"),
        "approved": QCoreApplication.translate("Words", "Approved"),
        "denied": QCoreApplication.translate("Words", "Denied"),
        "result_ready": QCoreApplication.translate("Words", "Result ready"),
        "delivered": QCoreApplication.translate("Words", "Delivered"),
        "withdrawn": QCoreApplication.translate("Words", "Withdrawn"),
    }
    return names.get(state, state)


def material_status_name(status: str) -> str:
    names = {
        "original_kept": QCoreApplication.translate("Words", "Original received"),
        "original_seen_copy_kept": QCoreApplication.translate("Words", "Original seen, copy kept"),
        "copy": QCoreApplication.translate("Words", "Copy received"),
        "missing": QCoreApplication.translate("Words", "Missing"),
        "defective": QCoreApplication.translate("Words", "Defective"),
        "not_applicable": QCoreApplication.translate("Words", "Not applicable"),
        "pending": QCoreApplication.translate("Words", "Not checked"),
    }
    return names.get(status, status)


def material_form_name(form: str) -> str:
    names = {
        "original": QCoreApplication.translate("Words", "original"),
        "original_and_copy": QCoreApplication.translate("Words", "original and copy"),
        "copy": QCoreApplication.translate("Words", "copy"),
    }
    return names.get(form, form)


def rating_name(level: str) -> str:
    names = {
        "very_satisfied": QCoreApplication.translate("Words", "Very satisfied"),
        "satisfied": QCoreApplication.translate("Words", "Satisfied"),
        "basically_satisfied": QCoreApplication.translate("Words", "Basically satisfied"),
        "dissatisfied": QCoreApplication.translate("Words", "Dissatisfied"),
        "very_dissatisfied": QCoreApplication.translate("Words", "Very dissatisfied"),
    }
    return names.get(level, level)


def appointment_status_name(status: str) -> str:
    names = {
        "booked": QCoreApplication.translate("Words", "Booked"),
        "done": QCoreApplication.translate("Words", "Done"),
        "cancelled": QCoreApplication.translate("Words", "Cancelled"),
        "missed": QCoreApplication.translate("Words", "Missed"),
    }
    return names.get(status, status)


def complaint_status_name(status: str) -> str:
    names = {
        "open": QCoreApplication.translate("Words", "Open"),
        "in_progress": QCoreApplication.translate("Words", "In progress"),
        "resolved": QCoreApplication.translate("Words", "Resolved"),
    }
    return names.get(status, status)


def outbox_state_name(state: str) -> str:
    names = {
        "waiting": QCoreApplication.translate("Words", "Waiting"),
        "uploading": QCoreApplication.translate("Words", "Uploading"),
        "through": QCoreApplication.translate("Words", "Through"),
        "quarantined": QCoreApplication.translate("Words", "Held back"),
    }
    return names.get(state, state)


def countdown_text(days_left: int | None, paused: bool = False) -> str:
    if paused:
        return QCoreApplication.translate("Words", "Clock stopped")
    if days_left is None:
        return "—"
    if days_left == 0:
        return QCoreApplication.translate("Words", "Due today")
    if days_left < 0:
        return QCoreApplication.translate("Words", "Overdue by %1 working days").replace(
            "%1", QLocale().toString(-days_left)
        )
    return QCoreApplication.translate("Words", "%1 working days left").replace(
        "%1", QLocale().toString(days_left)
    )


# ---- errors in the agent's words (context "Errors")


def _p(exc: VillageDeskError, key: str) -> str:
    return str(exc.params.get(key, ""))


def describe_error(exc: BaseException) -> str:
    """One plain sentence for the agent, in the current language; the English message as the fallback."""
    if not isinstance(exc, VillageDeskError):
        return QCoreApplication.translate("Errors", "Something went wrong: %1").replace("%1", str(exc))
    code = exc.code
    messages: dict[str, Any] = {
        "id.empty": lambda: QCoreApplication.translate(
            "Errors", "Type the 18-character ID number from the card."
        ),
        "id.length": lambda: QCoreApplication.translate(
            "Errors", "An ID number has 18 characters; this one has %1. Check for a missing or extra digit."
        ).replace("%1", _p(exc, "length")),
        "id.characters": lambda: QCoreApplication.translate(
            "Errors", "Character %1 is not allowed: only digits, and X as the last character."
        ).replace("%1", _p(exc, "position")),
        "id.old_15_digit": lambda: QCoreApplication.translate(
            "Errors", "This is an old 15-digit number. Use the 18-character number on the new card."
        ),
        "id.birth_date_invalid": lambda: QCoreApplication.translate(
            "Errors", "Characters 7 to 14 are the birth date, and %1 is not a real date. Check those digits."
        ).replace("%1", _p(exc, "text")),
        "id.birth_date_too_old": lambda: QCoreApplication.translate(
            "Errors", "The birth date in the number is too long ago. Check characters 7 to 14."
        ),
        "id.birth_date_future": lambda: QCoreApplication.translate(
            "Errors", "The birth date in the number is in the future. Check characters 7 to 14."
        ),
        "id.check_char": lambda: QCoreApplication.translate(
            "Errors",
            "The last character should be %1 for these digits. One digit is probably mistyped: "
            "read the number on the card again.",
        ).replace("%1", _p(exc, "expected")),
        "id.region_unknown": lambda: QCoreApplication.translate(
            "Errors",
            "The first 6 digits (%1) are not a known county code. Check them; if the card really says "
            "so, tick the box to confirm.",
        ).replace("%1", _p(exc, "region_code")),
        "id.region_not_county": lambda: QCoreApplication.translate(
            "Errors",
            "The first 6 digits (%1) are not a county code. Check them; if the card really says so, "
            "tick the box to confirm.",
        ).replace("%1", _p(exc, "region_code")),
        "id.age_implausible": lambda: QCoreApplication.translate(
            "Errors",
            "This number makes the person %1 years old. Check the birth date; tick the box to confirm.",
        ).replace("%1", _p(exc, "age")),
        "name.empty": lambda: QCoreApplication.translate("Errors", "Type the name as it is on the ID card."),
        "name.too_long": lambda: QCoreApplication.translate("Errors", "The name is too long."),
        "name.characters": lambda: QCoreApplication.translate(
            "Errors", "The name has characters that cannot be on an ID card."
        ),
        "name.middle_dot": lambda: QCoreApplication.translate(
            "Errors", "The middle dot (·) goes between two parts of the name."
        ),
        "name_bo.characters": lambda: QCoreApplication.translate(
            "Errors", "The Tibetan name must be in Tibetan script."
        ),
        "phone.invalid": lambda: QCoreApplication.translate("Errors", "A phone number has 7 to 13 digits."),
        "agent.wrong_pin": lambda: QCoreApplication.translate(
            "Errors", "Wrong PIN. %1 tries left before a short wait."
        ).replace("%1", _p(exc, "left")),
        "agent.locked_out": lambda: QCoreApplication.translate(
            "Errors", "Too many wrong PINs. Wait %1 seconds."
        ).replace("%1", _p(exc, "seconds")),
        "agent.no_pin": lambda: QCoreApplication.translate("Errors", "Set a PIN for this agent first."),
        "agent.pin_format": lambda: QCoreApplication.translate("Errors", "A PIN has 4 to 8 digits."),
        "agent.pin_needed": lambda: QCoreApplication.translate(
            "Errors", "Type the current PIN to change it."
        ),
        "agent.inactive": lambda: QCoreApplication.translate(
            "Errors", "This agent is no longer on the roster."
        ),
        "checklist.defect_reason": lambda: QCoreApplication.translate(
            "Errors", "Say what is wrong with the defective material."
        ),
        "checklist.unchecked": lambda: QCoreApplication.translate("Errors", "Check every material first."),
        "checklist.incomplete": lambda: QCoreApplication.translate(
            "Errors", "Some required materials are still missing."
        ),
        "checklist.required_not_applicable": lambda: QCoreApplication.translate(
            "Errors", "A required material cannot be marked not applicable."
        ),
        "lifecycle.nothing_missing": lambda: QCoreApplication.translate("Errors", "Nothing is missing."),
        "lifecycle.not_returned_material": lambda: QCoreApplication.translate(
            "Errors", "Only the materials the township returned can be changed."
        ),
        "lifecycle.checklist_locked": lambda: QCoreApplication.translate(
            "Errors", "This application can no longer be changed here."
        ),
        "lifecycle.illegal": lambda: QCoreApplication.translate(
            "Errors", "This step is not possible in the application's state."
        ),
        "application.not_proxyable": lambda: QCoreApplication.translate(
            "Errors", "This item needs the applicant in person at the township."
        ),
        "device.not_enrolled": lambda: QCoreApplication.translate(
            "Errors", "Enroll this laptop with the township before issuing receipts."
        ),
        "rating.comment_required": lambda: QCoreApplication.translate(
            "Errors", "For a poor rating, write what went wrong."
        ),
        "media.too_large": lambda: QCoreApplication.translate("Errors", "The file is too large."),
        "media.unsupported_type": lambda: QCoreApplication.translate(
            "Errors", "This kind of file cannot be attached."
        ),
        "media.corrupt": lambda: QCoreApplication.translate("Errors", "The file is damaged."),
        "media.unreadable": lambda: QCoreApplication.translate("Errors", "The file cannot be read."),
        "media.empty": lambda: QCoreApplication.translate("Errors", "The file is empty."),
        "net.unreachable": lambda: QCoreApplication.translate(
            "Errors", "The township cannot be reached. Try again later."
        ),
        "net.captive_portal": lambda: QCoreApplication.translate(
            "Errors", "The network asks for a sign-in page first."
        ),
        "server.busy": lambda: QCoreApplication.translate(
            "Errors", "The township server is busy. Try again later."
        ),
        "enroll.pin_mismatch": lambda: QCoreApplication.translate(
            "Errors", "The server is not the one this code was made for. Do not continue; call the township."
        ),
        "enroll.code_format": lambda: QCoreApplication.translate(
            "Errors", "The code is not complete. Check it."
        ),
        "enroll.url": lambda: QCoreApplication.translate("Errors", "The server address starts with https://"),
        "enroll.insecure": lambda: QCoreApplication.translate(
            "Errors", "The server address starts with https://"
        ),
        "enroll.no_pin": lambda: QCoreApplication.translate(
            "Errors", "This code is too short. Ask the township for the long code."
        ),
        "required": lambda: QCoreApplication.translate("Errors", "This field is required."),
    }
    fn = messages.get(code)
    if fn is None and code.endswith("_required"):
        fn = messages["required"]
    return str(fn()) if fn is not None else exc.message


def quarantine_text(code: str) -> str:
    """Why the township held an entry back, and what to do."""
    known = {
        "application.stale": QCoreApplication.translate(
            "Errors", "The township changed this application meanwhile. Sync again; then check it."
        ),
        "validation": QCoreApplication.translate(
            "Errors", "The township refused this entry as incomplete. Open it, fix it, send again."
        ),
        "auth": QCoreApplication.translate("Errors", "This laptop is no longer enrolled. Enroll it again."),
    }
    return (
        known.get(code)
        or known.get(code.split(".")[0])
        or QCoreApplication.translate(
            "Errors", "Held back by the township (%1). Call the township center."
        ).replace("%1", code)
    )
