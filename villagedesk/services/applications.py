"""Applications from the agent's side: start, check materials, notify, complete, queue, follow up."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from villagedesk.core import lifecycle as L
from villagedesk.core import tracking
from villagedesk.core.errors import NotFoundError, ValidationError
from villagedesk.core.free_proxy import free_proxy
from villagedesk.core.models import (
    Applicant,
    Application,
    AttachmentRef,
    Material,
    MaterialCheck,
    ServiceItem,
)
from villagedesk.protocol.states import ApplicationState, MaterialStatus
from villagedesk.services.settings import load_settings
from villagedesk.storage.store import Store, UnitOfWork

Clock = Callable[[], dt.datetime]


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def village_ctx(agent_id: str, now: Clock = _now) -> L.Ctx:
    return L.Ctx(actor=agent_id, side=L.Side.VILLAGE, now=now())


def _load(uow: UnitOfWork, app_uuid: str) -> tuple[Application, ServiceItem]:
    app = uow.require_application(app_uuid)
    # The item as it was in the catalog version the application was made under.
    return app, uow.item(app.item_code, app.catalog_version)


def start_application(
    store: Store, *, item_code: str, applicant_id_number: str, agent_id: str, today: dt.date | None = None
) -> Application:
    with store.unit_of_work() as uow:
        applicant = uow.get_applicant(applicant_id_number)
        if applicant is None:
            raise NotFoundError(
                "register the applicant first", code="applicant.not_found", id_number=applicant_id_number
            )
        version = uow.active_catalog_version()
        if version is None:
            raise NotFoundError("no catalog has been imported", code="catalog.none")
        item = uow.item(item_code, version)
        if not item.village_can_proxy:
            raise ValidationError(
                "this item needs the applicant in person at the township; the village point cannot proxy it",
                code="application.not_proxyable",
                item=item_code,
            )
        settings = load_settings(store)
        fp = free_proxy(applicant, item, today or dt.date.today(), threshold_age=settings.free_proxy_age)
        device = uow.device()
        app = Application(
            uuid=str(uuid.uuid4()),
            item_code=item.code,
            catalog_version=version,
            applicant_id_number=applicant.id_number,
            responsible_agent=agent_id,
            current_agent=agent_id,
            village_code=device.village_code or applicant.village_code,
            checklist=tuple(MaterialCheck(m.key) for m in item.materials),
            free_proxy=fp.eligible,
            created_at=_now(),
        )
        ctx = village_ctx(agent_id)
        created = L.created(app, ctx, item=item.code)
        uow.save_application(app, [created])
        return app


def set_material(
    store: Store,
    app_uuid: str,
    material_key: str,
    *,
    agent_id: str,
    status: MaterialStatus,
    count: int | None = None,
    reason: str = "",
) -> Application:
    with store.unit_of_work() as uow:
        app, item = _load(uow, app_uuid)
        try:
            material = item.material(material_key)
        except KeyError:
            raise ValidationError(
                f"{item.code} has no material {material_key}",
                code="application.no_material",
                material=material_key,
            ) from None
        if count is None:
            count = material.copies if status is MaterialStatus.COPY else 1
            if status in (MaterialStatus.MISSING, MaterialStatus.NOT_APPLICABLE, MaterialStatus.PENDING):
                count = 0
        if status is MaterialStatus.NOT_APPLICABLE and material.required:
            raise ValidationError(
                "a required material cannot be marked not applicable",
                code="checklist.required_not_applicable",
                material=material_key,
            )
        checklist = tuple(
            dataclasses.replace(c, status=status, count=count, reason=reason)
            if c.material_key == material_key
            else c
            for c in app.checklist
        )
        new, evs = L.set_checklist(app, checklist, village_ctx(agent_id))
        uow.save_application(new, evs)
        return new


def attach(
    store: Store,
    app_uuid: str,
    material_key: str,
    ref: AttachmentRef,
    *,
    agent_id: str,
) -> Application:
    """Reference a blob already in the store (see :func:`villagedesk.services.intake.store_file`)."""
    with store.unit_of_work() as uow:
        app, _item = _load(uow, app_uuid)
        checklist = tuple(
            dataclasses.replace(c, attachments=(*c.attachments, ref))
            if c.material_key == material_key and ref.sha256 not in {a.sha256 for a in c.attachments}
            else c
            for c in app.checklist
        )
        new, evs = L.set_checklist(app, checklist, village_ctx(agent_id))
        uow.save_application(new, evs)
        return new


def issue_notification(
    store: Store, app_uuid: str, *, agent_id: str
) -> tuple[Application, list[MaterialCheck]]:
    """一次性告知: everything missing at once; returns what the slip must list."""
    with store.unit_of_work() as uow:
        app, item = _load(uow, app_uuid)
        missing = L.missing_materials(app, item)
        new, evs = L.notify_missing(app, item, village_ctx(agent_id))
        uow.save_application(new, evs)
        return new, missing


def complete(store: Store, app_uuid: str, *, agent_id: str) -> Application:
    with store.unit_of_work() as uow:
        app, item = _load(uow, app_uuid)
        new, evs = L.complete(app, item, village_ctx(agent_id))
        uow.save_application(new, evs)
        return new


def queue(store: Store, app_uuid: str, *, agent_id: str) -> Application:
    """Queue for the township and give the receipt its tracking number (the device must be enrolled)."""
    with store.unit_of_work() as uow:
        app, _item = _load(uow, app_uuid)
        number = app.tracking_number
        if not number and app.state is ApplicationState.READY:
            device = uow.device()
            if not device.enrolled:
                raise ValidationError(
                    "enroll this laptop with the township before issuing receipts",
                    code="device.not_enrolled",
                )
            number = str(tracking.make(device.village_code, device.ordinal, uow.next_tracking_sequence()))
        new, evs = L.queue(app, number, village_ctx(agent_id))
        uow.save_application(new, evs)
        return new


def take_over(store: Store, app_uuid: str, *, agent_id: str, reason: str = "") -> Application:
    with store.unit_of_work() as uow:
        app = uow.require_application(app_uuid)
        new, evs = L.take_over(app, village_ctx(agent_id), reason=reason)
        uow.save_application(new, evs)
        return new


def withdraw(store: Store, app_uuid: str, *, agent_id: str, reason: str = "") -> Application:
    with store.unit_of_work() as uow:
        app = uow.require_application(app_uuid)
        new, evs = L.withdraw(app, village_ctx(agent_id), reason=reason)
        uow.save_application(new, evs)
        return new


def deliver(
    store: Store, app_uuid: str, *, agent_id: str, signed_by: str, how: str = "signature"
) -> Application:
    with store.unit_of_work() as uow:
        app = uow.require_application(app_uuid)
        new, evs = L.deliver(app, village_ctx(agent_id), signed_by=signed_by, how=how)
        uow.save_application(new, evs)
        return new


@dataclass(frozen=True)
class QuickApplication:
    """Headless entry of a complete application (scripts and tests)."""

    item_code: str
    applicant: Applicant
    attachments: Sequence[tuple[str, Path]]  # (material key, file)
    agent_id: str = "agent"


def add_complete_application(
    store: Store, spec: QuickApplication, *, store_file: Callable[[Store, Path, Material], AttachmentRef]
) -> Application:
    """Register the applicant if needed, attach the files, mark every required material received,
    complete and queue. ``store_file`` puts one file into the blob store (intake policy applied).

    Every file is checked and stored before anything is recorded, so a bad file leaves no half-made
    application behind (a stored blob nobody references is swept later)."""
    with store.reader() as uow:
        item = uow.item(spec.item_code)
        enrolled = uow.device().enrolled
    refs: list[tuple[str, AttachmentRef]] = []
    for key, path in spec.attachments:
        try:
            material = item.material(key)
        except KeyError:
            raise ValidationError(
                f"{item.code} has no material {key}", code="application.no_material", material=key
            ) from None
        refs.append((key, store_file(store, path, material)))
    if not enrolled:
        raise ValidationError(
            "enroll this laptop with the township before issuing receipts", code="device.not_enrolled"
        )
    with store.unit_of_work() as uow:
        if uow.get_applicant(spec.applicant.id_number) is None:
            uow.save_applicant(spec.applicant)
    app = start_application(
        store, item_code=spec.item_code, applicant_id_number=spec.applicant.id_number, agent_id=spec.agent_id
    )
    for key, ref in refs:
        app = attach(store, app.uuid, key, ref, agent_id=spec.agent_id)
    for m in item.materials:
        status = _received_status(m.form.value) if m.required else MaterialStatus.NOT_APPLICABLE
        app = set_material(store, app.uuid, m.key, agent_id=spec.agent_id, status=status)
    app = complete(store, app.uuid, agent_id=spec.agent_id)
    return queue(store, app.uuid, agent_id=spec.agent_id)


def _received_status(form: str) -> MaterialStatus:
    return {
        "original": MaterialStatus.ORIGINAL_KEPT,
        "original_and_copy": MaterialStatus.ORIGINAL_SEEN_COPY_KEPT,
        "copy": MaterialStatus.COPY,
    }[form]
