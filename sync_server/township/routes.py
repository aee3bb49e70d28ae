"""The township center's staff API (``/v1/township/*``) and the public catalog page (``/catalog``).

Application actions themselves stay on the sync server's ``/v1/staff/applications/{key}/actions`` (where
the stale-version check and the audit hook live); everything else a township window needs is here.
Roles and permissions: ``roles.py`` (clerk, dept_reviewer, director, admin; the table is in
docs/architecture.md). Every handler checks its permission with ``StaffUser.require``; a refusal is
``auth.forbidden`` (403) with the permission and the role, which the window words in its language.
"""

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Body, Depends, Header, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from sqlalchemy import func, select

from sync_server import tables as t
from sync_server.blobstore import check_sha, file_sha256
from sync_server.service import CHINA, Server, StaffUser
from sync_server.township import audit, deadlines, export, index, public, report_pdf, reports
from sync_server.township import calendar as tcal
from sync_server.township import roles as R
from sync_server.township.tables import tw_apps, tw_events
from villagedesk.core import codec
from villagedesk.core.errors import ValidationError, VillageDeskError
from villagedesk.core.models import Agent, Catalog, Complaint, ComplaintStatus, Handover
from villagedesk.core.workdays import CalendarEntry
from villagedesk.protocol import errors as E

MIN_AGENTS = 2  # the plan: at least two agents per village (AB岗)
COMPLAINT_DAYS = 10
CORRECTION_DAYS = 10  # working days the applicant is given to bring corrected materials (printed on the slip)  # working days to resolve a complaint unless the clerk sets another date


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def _forbidden(message: str) -> VillageDeskError:
    return VillageDeskError(message, code=E.AUTH_FORBIDDEN)


def _need(staff: StaffUser, *roles: str) -> None:
    """The first release's role gate, for handlers not yet on permissions (old names are mapped)."""
    if R.normalize(staff.role) not in {R.normalize(r) for r in roles}:
        raise _forbidden(f"this needs the role {' or '.join(roles)}")


def _today() -> dt.date:
    return dt.datetime.now(CHINA).date()


def _staff_actor(staff: StaffUser) -> str:
    return f"staff:{staff.username}"


def township_router(server: Server) -> APIRouter:
    router = APIRouter()

    def staff_auth(authorization: Annotated[str | None, Header()] = None) -> StaffUser:
        return server.authenticate_staff(_bearer(authorization))

    StaffDep = Annotated[StaffUser, Depends(staff_auth)]

    def scope(staff: StaffUser) -> list[str] | None:
        if staff.township == "*":
            return None
        with server.engine.connect() as conn:
            return list(
                conn.execute(
                    select(t.villages.c.code).where(t.villages.c.township == staff.township)
                ).scalars()
            )

    def check_village(staff: StaffUser, village: str) -> None:
        allowed = scope(staff)
        if allowed is not None and village not in allowed:
            raise _forbidden("outside your township")

    def routed_to(staff: StaffUser, payload: dict[str, Any]) -> bool:
        return any(x.get("body") == staff.department for x in payload.get("review_tasks", []))

    def readable(staff: StaffUser, uuid_: str) -> dict[str, Any]:
        """The application if this staff may read it: in its township, and routed to a department
        reviewer's own department."""
        staff.require(R.READ_APPLICATIONS)
        payload, _ = server.application(uuid_, staff)
        if not staff.can(R.READ_ALL) and not routed_to(staff, payload):
            raise VillageDeskError(
                "this application was not routed to your department",
                code=E.AUTH_FORBIDDEN,
                permission=R.READ_ALL,
                role=staff.role,
                department=staff.department,
            )
        return payload

    def fresh() -> None:
        index.catch_up(server)

    def audited(staff: StaffUser, action: str, target: str, params: dict[str, Any]) -> None:
        with server.tx() as conn:
            audit.record(conn, _staff_actor(staff), action, target, params)

    # ------------------------------------------------------------ places, arrivals, deadlines

    @router.get("/v1/township/villages")
    def villages(staff: StaffDep) -> JSONResponse:
        allowed = scope(staff)
        rows = [v for v in server.villages() if allowed is None or v["code"] in allowed]
        return JSONResponse({"villages": rows})

    @router.get("/v1/township/me")
    def me(staff: StaffDep) -> JSONResponse:
        """Who is signed in and what the role may do: the window hides the rest (the server decides)."""
        return JSONResponse(
            {
                "username": staff.username,
                "role": R.normalize(staff.role),
                "township": staff.township,
                "department": staff.department,
                "permissions": R.permissions(staff.role),
            }
        )

    @router.get("/v1/township/tasks")
    def tasks(staff: StaffDep, department: str | None = None) -> JSONResponse:
        """Applications routed to one department (a department reviewer: always its own), with its task."""
        staff.require(R.READ_APPLICATIONS)
        if not staff.can(R.READ_ALL):
            department = staff.department
        if not department:
            raise ValidationError("say which department", code="township.department_required")
        allowed = scope(staff)
        q = select(t.records.c.payload, t.records.c.village_code, t.records.c.version).where(
            t.records.c.record_type == "application",
            t.records.c.state.in_(("in_review", "approved", "denied", "result_ready")),
            t.records.c.payload.contains(json.dumps(department, ensure_ascii=False)[1:-1], autoescape=True),
        )
        if allowed is not None:
            q = q.where(t.records.c.village_code.in_(allowed))
        out = []
        with server.engine.connect() as conn:
            for r in conn.execute(q.order_by(t.records.c.change_seq)).all():
                p = json.loads(r.payload)
                for task in p.get("review_tasks", []):
                    if task.get("body") == department:
                        out.append(
                            {
                                "uuid": p["uuid"],
                                "tracking_number": p.get("tracking_number", ""),
                                "village": r.village_code,
                                "item_code": p["item_code"],
                                "state": p["state"],
                                "version": int(r.version),
                                "task": task,
                            }
                        )
        return JSONResponse({"department": department, "tasks": out})

    @router.get("/v1/township/arrivals")
    def arrivals(staff: StaffDep, village: str | None = None) -> JSONResponse:
        staff.require(R.READ_ALL)
        fresh()
        allowed = scope(staff)  # before opening a connection: SQLite connections take the write lock
        with server.engine.connect() as conn:
            cal, _, _ = tcal.current(conn)
            data = deadlines.arrivals(conn, cal, _today(), village=village, villages=allowed)
        return JSONResponse(data)

    @router.get("/v1/township/deadlines")
    def deadline_list(
        staff: StaffDep,
        village: str | None = None,
        department: str | None = None,
        item: str | None = None,
        only: str | None = None,
        soon: Annotated[int, Query(ge=0, le=60)] = deadlines.DUE_SOON_DAYS,
    ) -> JSONResponse:
        staff.require(R.READ_ALL)
        fresh()
        allowed = scope(staff)
        with server.engine.connect() as conn:
            cal, _, _ = tcal.current(conn)
            rows = deadlines.open_applications(
                conn,
                cal,
                _today(),
                village=village,
                department=department,
                item=item,
                villages=allowed,
                only=only,
                soon=soon,
            )
            counts = deadlines.counts_by_village(conn, cal, _today(), soon=soon, villages=allowed)
        return JSONResponse({"today": _today().isoformat(), "applications": rows, "by_village": counts})

    @router.get("/v1/township/applications/{uuid_}/events")
    def events(uuid_: str, staff: StaffDep) -> JSONResponse:
        readable(staff, uuid_)
        fresh()
        with server.engine.connect() as conn:
            rows = conn.execute(
                select(t.records.c.payload)
                .where(
                    t.records.c.record_type == "application_event",
                    t.records.c.record_id.in_(
                        select(tw_events.c.event_id).where(tw_events.c.application_uuid == uuid_)
                    ),
                )
                .order_by(t.records.c.change_seq)
            ).all()
        return JSONResponse({"events": [json.loads(r.payload) for r in rows]})

    @router.get("/v1/township/applications/{uuid_}/context")
    def context(uuid_: str, staff: StaffDep) -> JSONResponse:
        """What a slip needs besides the application: the applicant, the item as of the application's
        catalog version, the agent, and dates in the township's calendar."""
        payload = readable(staff, uuid_)
        with server.engine.connect() as conn:
            cal, _, _ = tcal.current(conn)

            def rec(record_type: str, record_id: str) -> dict[str, Any] | None:
                row = conn.execute(
                    select(t.records.c.payload).where(
                        t.records.c.record_type == record_type, t.records.c.record_id == record_id
                    )
                ).first()
                return None if row is None else dict(json.loads(row.payload))

            applicant = rec("applicant", payload["applicant_id_number"]) or {
                "id_number": payload["applicant_id_number"],
                "legal_name": "",
            }
            agent = rec("agent", payload.get("responsible_agent", "")) or {
                "agent_id": payload.get("responsible_agent", ""),
                "name": payload.get("responsible_agent", ""),
            }
            cat_payload = rec("catalog", payload.get("catalog_version", ""))
            cat = codec.decode(Catalog, cat_payload) if cat_payload else public.latest_catalog(conn)
            received = conn.execute(select(tw_apps.c.received_on).where(tw_apps.c.uuid == uuid_)).scalar()
        try:
            item = codec.encode(cat.item(payload["item_code"]))
        except KeyError:
            item = None
        today = _today()
        return JSONResponse(
            {
                "applicant": applicant,
                "agent": agent,
                "item": item,
                "today": today.isoformat(),
                "received_on": (received or today).isoformat(),
                "correction_due": cal.add_working_days(today, CORRECTION_DAYS).isoformat(),
            }
        )

    # ------------------------------------------------------------ files (materials viewer, decisions)

    @router.get("/v1/township/blobs/{sha}")
    def blob(sha: str, staff: StaffDep, request: Request) -> Response:
        check_sha(sha)
        staff.require(R.READ_APPLICATIONS)
        if not staff.can(R.READ_ALL) and not blob_routed(staff, sha):
            raise VillageDeskError("no such file", code=E.BLOB_NOT_FOUND, sha256=sha)
        allowed = scope(staff)
        with server.engine.connect() as conn:
            owners = set(
                conn.execute(
                    select(t.blob_villages.c.village_code).where(t.blob_villages.c.sha256 == sha)
                ).scalars()
            )
        if not server.blobs.has(sha) or (allowed is not None and not owners & set(allowed)):
            raise VillageDeskError("no such file", code=E.BLOB_NOT_FOUND, sha256=sha)
        return server.blobs.response(sha, request.headers.get("range"), {})

    def blob_routed(staff: StaffUser, sha: str) -> bool:
        """A department reviewer sees the files of applications routed to its department only."""
        allowed = scope(staff)
        q = select(t.records.c.payload).where(
            t.records.c.record_type == "application", t.records.c.payload.contains(sha, autoescape=True)
        )
        if allowed is not None:
            q = q.where(t.records.c.village_code.in_(allowed))
        with server.engine.connect() as conn:
            payloads = [json.loads(r.payload) for r in conn.execute(q.limit(50)).all()]
        return any(routed_to(staff, p) for p in payloads)

    async def _spool(request: Request, limit: int) -> Path:
        tmp = Path(tempfile.mkstemp(prefix="vd-upload-", dir=server.blobs.partial_dir)[1])
        total = 0
        with tmp.open("wb") as f:
            async for piece in request.stream():
                total += len(piece)
                if total > limit:
                    f.close()
                    tmp.unlink(missing_ok=True)
                    raise VillageDeskError("request too large", code=E.LIMIT_REQUEST, limit=limit)
                f.write(piece)
        return tmp

    @router.post("/v1/township/documents")
    async def upload_document(request: Request, staff: StaffDep) -> JSONResponse:
        """A decision document (PDF) for an applicant; its hash then goes with the ``decide`` action."""
        staff.require(R.UPLOAD_DOCUMENT)
        tmp = await _spool(request, server.limits.max_attachment)
        try:
            head = tmp.read_bytes()[:5]
            if head != b"%PDF-":
                raise ValidationError("a decision document is a PDF", code="township.document_not_pdf")
            sha = await anyio.to_thread.run_sync(file_sha256, tmp)
            await anyio.to_thread.run_sync(server.blobs.put_file, tmp, sha)
            await anyio.to_thread.run_sync(server.register_blob, sha, None)
        finally:
            tmp.unlink(missing_ok=True)
        await anyio.to_thread.run_sync(audited, staff, "document_upload", sha, {})
        return JSONResponse({"sha256": sha})

    # ------------------------------------------------------------ USB batches

    @router.post("/v1/township/import-batch")
    async def import_batch(request: Request, staff: StaffDep) -> JSONResponse:
        staff.require(R.USB)
        tmp = await _spool(request, server.limits.max_batch)
        try:
            result = await anyio.to_thread.run_sync(_import, staff, tmp)
        finally:
            tmp.unlink(missing_ok=True)
        return JSONResponse(result)

    def _import(staff: StaffUser, path: Path) -> dict[str, Any]:
        from sync_server import batches

        def app_count() -> int:
            with server.engine.connect() as conn:
                return int(
                    conn.execute(
                        select(func.count()).where(t.records.c.record_type == "application")
                    ).scalar_one()
                )

        apps_before = app_count()
        try:
            res = batches.import_batch(server, path)
        except VillageDeskError as exc:
            out = {
                "ok": False,
                "new": 0,
                "already": 0,
                "refused": 0,
                "error": {"code": exc.code, "message": exc.message, "params": exc.params},
            }
            audited(staff, "import_batch_refused", path.name, {"code": exc.code})
            return out
        check_village(staff, str(res["village"]))
        with server.engine.connect() as conn:
            refused_rows = conn.execute(
                select(t.push_results.c.device_seq, t.push_results.c.code, t.push_results.c.params)
                .where(t.push_results.c.device_id == res["device_id"], t.push_results.c.status == "rejected")
                .order_by(t.push_results.c.device_seq.desc())
                .limit(200)
            ).all()
        out = {
            "ok": True,
            "village": res["village"],
            "device_id": res["device_id"],
            "new": int(res.get("applied", 0)),
            "applications_new": app_count() - apps_before,
            "already": int(res.get("duplicate", 0)),
            "refused": int(res.get("rejected", 0)),
            "reasons": [
                {"device_seq": int(r.device_seq), "code": r.code, "params": json.loads(r.params)}
                for r in refused_rows
            ][: int(res.get("rejected", 0))],
        }
        audited(
            staff, "import_batch", str(res["village"]), {k: out[k] for k in ("new", "already", "refused")}
        )
        fresh()
        return out

    @router.post("/v1/township/villages/{code}/export-batch")
    def export_batch(code: str, staff: StaffDep, since: int = 0) -> Response:
        """What the village's laptops would pull, on a USB stick. The audit head travels inside the signed
        manifest (``batches.export_batch_manifest`` records the export first); the headers only copy it."""
        _need(staff, "admin", "reviewer")
        check_village(staff, code)
        from sync_server import batches

        out = Path(tempfile.mkstemp(prefix="vd-batch-", suffix=".vdb", dir=server.blobs.partial_dir)[1])
        try:
            manifest = batches.export_batch_manifest(
                server, code, out, since=since, actor=_staff_actor(staff)
            )
            data = out.read_bytes()
        finally:
            out.unlink(missing_ok=True)
        head = manifest["audit"]
        return Response(
            data,
            media_type="application/octet-stream",
            headers={
                "X-VD-Entries": str(int(manifest["entries"]["count"])),
                "X-VD-Audit-Seq": str(int(head["seq"])),
                "X-VD-Audit-Head": str(head["head"]),
                "Content-Disposition": f'attachment; filename="township-{code}.vdb"',
            },
        )

    # ------------------------------------------------------------ reports

    def _report(
        staff: StaffUser, dimension: str, month: str | None, year: str | None
    ) -> tuple[list[reports.ReportRow], reports.ReportRow]:
        staff.require(R.REPORTS)
        fresh()
        allowed = scope(staff)
        with server.engine.connect() as conn:
            return reports.report(conn, dimension, month=month, year=year, villages=allowed)

    @router.get("/v1/township/reports")
    def report(
        staff: StaffDep, dimension: str = "village", month: str | None = None, year: str | None = None
    ) -> JSONResponse:
        rows, total = _report(staff, dimension, month, year)
        return JSONResponse(
            {
                "dimension": dimension,
                "month": month,
                "rows": [r.as_dict() for r in rows],
                "total": total.as_dict(),
            }
        )

    @router.get("/v1/township/reports/export")
    def report_export(
        staff: StaffDep,
        format: str = "xlsx",
        dimension: str = "village",
        month: str | None = None,
        year: str | None = None,
    ) -> Response:
        rows, total = _report(staff, dimension, month, year)
        label = month or year or "all"
        if format == "csv":
            return Response(
                export.to_csv(rows, total),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="report-{dimension}-{label}.csv"'},
            )
        if format == "xlsx":
            data = export.to_xlsx(
                rows,
                total,
                title=f"{dimension} {label}",
                meta={"dimension": dimension, "period": label, "generated": _today().isoformat()},
            )
            return Response(
                data,
                media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                headers={"Content-Disposition": f'attachment; filename="report-{dimension}-{label}.xlsx"'},
            )
        if format == "pdf":
            with server.tx() as conn:
                audit.record(conn, _staff_actor(staff), "monthly_report", label, {"dimension": dimension})
                seq, h = audit.publish_head(conn, f"report:{label}")
            data = report_pdf.build_monthly_report(
                township=staff.township if staff.township != "*" else "",
                month=label,
                rows=rows,
                total=total,
                audit_seq=seq,
                audit_hash=h,
                generated_on=_today().isoformat(),
            )
            return Response(
                data, media_type="application/pdf", headers={"X-VD-Audit-Seq": str(seq), "X-VD-Audit-Head": h}
            )
        raise ValidationError("format is xlsx, csv or pdf", code="report.format", format=format)

    # ------------------------------------------------------------ audit

    @router.get("/v1/township/audit/verify")
    def audit_verify(staff: StaffDep, seq: int | None = None, hash: str | None = None) -> JSONResponse:
        staff.require(R.AUDIT)
        extra = [(seq, hash)] if seq is not None and hash else None
        with server.engine.connect() as conn:
            return JSONResponse(audit.verify_chain(conn, extra).as_dict())

    # ------------------------------------------------------------ calendar

    @router.get("/v1/township/calendar")
    def calendar_get(staff: StaffDep, year: int | None = None) -> JSONResponse:
        with server.engine.connect() as conn:
            cal, entries, version = tcal.current(conn)
        shown = [codec.encode(e) for e in entries if year is None or e.day.year == year]
        return JSONResponse(
            {"version": version, "official_years": sorted(cal.official_years), "entries": shown}
        )

    def _publish_calendar(
        staff: StaffUser,
        entries: list[CalendarEntry],
        years: frozenset[int],
        what: str,
        params: dict[str, Any],
    ) -> int:
        from villagedesk.core.workdays import WorkCalendar

        WorkCalendar(entries, years)  # refuse conflicting entries before anything leaves
        seq = server.publish("calendar_entry", tcal.payload_of(entries, years))
        audited(staff, what, tcal.CALENDAR_RECORD_DAY, params)
        fresh()
        return seq

    @router.post("/v1/township/calendar/local")
    def calendar_local(staff: StaffDep, body: Annotated[dict[str, Any], Body()]) -> JSONResponse:
        staff.require(R.CALENDAR_WRITE)
        with server.engine.connect() as conn:
            cal, entries, _ = tcal.current(conn)
        add = [
            CalendarEntry(
                dt.date.fromisoformat(e["day"]), e.get("kind", "holiday"), "local", str(e.get("name", ""))
            )
            for e in body.get("add", [])
        ]
        remove = [dt.date.fromisoformat(d) for d in body.get("remove", [])]
        merged = tcal.with_local(entries, add, remove)
        seq = _publish_calendar(staff, merged, cal.official_years, "calendar_local", body)
        return JSONResponse({"change_seq": seq})

    @router.post("/v1/township/calendar/official")
    def calendar_official(staff: StaffDep, body: Annotated[dict[str, Any], Body()]) -> JSONResponse:
        staff.require(R.CALENDAR_WRITE)
        year = int(body["year"])
        with server.engine.connect() as conn:
            cal, entries, _ = tcal.current(conn)
        official = [
            CalendarEntry(dt.date.fromisoformat(e["day"]), e["kind"], "official", str(e.get("name", "")))
            for e in body.get("entries", [])
        ]
        merged, years = tcal.with_official_year(entries, cal.official_years, year, official)
        seq = _publish_calendar(
            staff, merged, years, "calendar_official", {"year": year, "entries": len(official)}
        )
        return JSONResponse({"change_seq": seq})

    # ------------------------------------------------------------ catalog

    @router.get("/v1/township/catalog")
    def catalog_get(staff: StaffDep) -> JSONResponse:
        with server.engine.connect() as conn:
            cat = public.latest_catalog(conn)
            versions = list(
                conn.execute(
                    select(t.records.c.record_id)
                    .where(t.records.c.record_type == "catalog")
                    .order_by(t.records.c.change_seq)
                ).scalars()
            )
        return JSONResponse({"catalog": codec.encode(cat), "published_versions": versions})

    @router.post("/v1/township/catalog")
    def catalog_publish(staff: StaffDep, body: Annotated[dict[str, Any], Body()]) -> JSONResponse:
        """A new catalog version for every village; applications keep the version they were made under."""
        staff.require(R.CATALOG_PUBLISH)
        cat = codec.decode(Catalog, body)
        with server.engine.connect() as conn:
            exists = conn.execute(
                select(t.records.c.record_id).where(
                    t.records.c.record_type == "catalog", t.records.c.record_id == cat.version
                )
            ).first()
        if exists is not None:
            raise ValidationError(
                "this catalog version was already published; give the new one a new version",
                code="catalog.version_exists",
                version=cat.version,
            )
        seq = server.publish("catalog", codec.encode(cat))
        audited(staff, "catalog_publish", cat.version, {"items": len(cat.items)})
        return JSONResponse({"change_seq": seq, "version": cat.version})

    # ------------------------------------------------------------ agents, enrollment, devices

    @router.get("/v1/township/agents")
    def agents(staff: StaffDep) -> JSONResponse:
        staff.require(R.AGENTS_READ)
        allowed = scope(staff)
        with server.engine.connect() as conn:
            rows = conn.execute(select(t.records.c.payload).where(t.records.c.record_type == "agent")).all()
        by_village: dict[str, list[dict[str, Any]]] = {
            v["code"]: [] for v in server.villages() if allowed is None or v["code"] in allowed
        }
        for r in rows:
            a = json.loads(r.payload)
            if a.get("village_code") in by_village:
                by_village[a["village_code"]].append(a)
        short = [
            v for v, lst in by_village.items() if sum(1 for a in lst if a.get("active", True)) < MIN_AGENTS
        ]
        return JSONResponse({"by_village": by_village, "short_of_agents": short, "minimum": MIN_AGENTS})

    @router.post("/v1/township/agents")
    def agent_put(staff: StaffDep, body: Annotated[dict[str, Any], Body()]) -> JSONResponse:
        staff.require(R.AGENTS_WRITE)
        ag = codec.decode(Agent, body)
        check_village(staff, ag.village_code)
        seq = server.publish("agent", codec.encode(ag))
        audited(staff, "agent_put", ag.agent_id, {"village": ag.village_code, "active": ag.active})
        return JSONResponse({"change_seq": seq})

    @router.post("/v1/township/enroll-codes")
    def enroll_code(staff: StaffDep, body: Annotated[dict[str, Any], Body()]) -> JSONResponse:
        staff.require(R.ENROLL)
        village = str(body["village"])
        check_village(staff, village)
        code = server.create_enroll_code(village)
        audited(staff, "enroll_code", village, {})
        return JSONResponse({"code": code, "village": village})

    @router.get("/v1/township/devices")
    def devices(staff: StaffDep) -> JSONResponse:
        staff.require(R.DEVICES_READ)
        allowed = scope(staff)
        rows = [d for d in server.list_devices() if allowed is None or d["village"] in allowed]
        return JSONResponse({"devices": rows})

    @router.post("/v1/township/devices/{device_id}/revoke")
    def revoke(device_id: str, staff: StaffDep) -> JSONResponse:
        staff.require(R.DEVICES_REVOKE)
        dev = next((d for d in server.list_devices() if d["device_id"] == device_id), None)
        if dev is None:
            raise VillageDeskError("unknown device", code="device.unknown", device_id=device_id)
        check_village(staff, dev["village"])
        server.revoke_device(device_id)
        audited(staff, "device_revoke", device_id, {"village": dev["village"]})
        return JSONResponse({"ok": True})

    # ------------------------------------------------------------ complaints, ratings, hand-overs

    def _records(record_type: str, staff: StaffUser) -> list[tuple[str, dict[str, Any], int]]:
        allowed = scope(staff)
        q = select(t.records.c.village_code, t.records.c.payload, t.records.c.version).where(
            t.records.c.record_type == record_type
        )
        if allowed is not None:
            q = q.where(t.records.c.village_code.in_(allowed))
        with server.engine.connect() as conn:
            return [
                (r.village_code, json.loads(r.payload), int(r.version))
                for r in conn.execute(q.order_by(t.records.c.change_seq)).all()
            ]

    @router.get("/v1/township/complaints")
    def complaints(staff: StaffDep, status: str | None = None) -> JSONResponse:
        staff.require(R.COMPLAINTS_READ)
        today = _today()
        with server.engine.connect() as conn:
            cal, _, _ = tcal.current(conn)
        out = []
        for _village, p, version in _records("complaint", staff):
            if status and p.get("status") != status:
                continue
            due = p.get("due_on")
            if not due and p.get("received_on"):
                due = cal.add_working_days(
                    dt.date.fromisoformat(p["received_on"]), COMPLAINT_DAYS
                ).isoformat()
            overdue = (
                due is not None and p.get("status") != "resolved" and dt.date.fromisoformat(str(due)) < today
            )
            out.append({**p, "due_on": due, "overdue": overdue, "version": version})
        return JSONResponse({"complaints": out})

    def _write_record(
        record_type: str, record_id: str, village: str, payload: dict[str, Any], base_version: int | None
    ) -> tuple[int, dict[str, Any]]:
        """Write the township's fields only (``service.merge_township_write``): a village edit that
        arrived after the window read the record keeps its own fields. Returns (version, stored record)."""
        from sync_server.service import merge_township_write

        with server.tx() as conn:
            row = conn.execute(
                select(t.records.c.version, t.records.c.payload)
                .where(t.records.c.record_type == record_type, t.records.c.record_id == record_id)
                .with_for_update()
            ).first()
            if row is None:
                raise VillageDeskError("no such record", code="record.not_found", record_id=record_id)
            if base_version is not None and int(row.version) != base_version:
                raise VillageDeskError(
                    "someone changed this record since you opened it",
                    code=E.CONFLICT_STALE,
                    server_version=int(row.version),
                    base_version=base_version,
                )
            version = int(row.version) + 1
            merged = merge_township_write(record_type, payload, json.loads(row.payload))
            server._put_record(
                conn, record_type, record_id, village, merged, version=version
            )  # the sync server's one writer of records
            return version, merged

    @router.post("/v1/township/complaints/{record_id}")
    def complaint_update(
        record_id: str, staff: StaffDep, body: Annotated[dict[str, Any], Body()]
    ) -> JSONResponse:
        staff.require(R.COMPLAINTS_WRITE)
        found = next(
            ((v, p, ver) for v, p, ver in _records("complaint", staff) if p["record_id"] == record_id), None
        )
        if found is None:
            raise VillageDeskError("no such complaint", code="record.not_found", record_id=record_id)
        village, p, _ = found
        new = dict(p)
        if "status" in body:
            new["status"] = ComplaintStatus(body["status"]).value
        if "resolution" in body:
            new["resolution"] = str(body["resolution"])
        if body.get("due_on"):
            new["due_on"] = dt.date.fromisoformat(body["due_on"]).isoformat()
        if new["status"] == "resolved" and not str(new.get("resolution", "")).strip():
            raise ValidationError("say how the complaint was resolved", code="complaint.resolution_required")
        clean = codec.encode(codec.decode(Complaint, new))
        version, stored = _write_record("complaint", record_id, village, clean, body.get("base_version"))
        audited(staff, "complaint_update", record_id, {"status": clean["status"]})
        return JSONResponse({"version": version, "complaint": stored})

    @router.get("/v1/township/handovers")
    def handovers(staff: StaffDep, village: str | None = None) -> JSONResponse:
        staff.require(R.HANDOVERS_READ)
        out = [
            {**p, "version": ver}
            for v, p, ver in _records("handover", staff)
            if (village is None or v == village) and p.get("direction") == "to_township"
        ]
        return JSONResponse({"handovers": out})

    @router.post("/v1/township/handovers/{record_id}/countersign")
    def countersign(record_id: str, staff: StaffDep, body: Annotated[dict[str, Any], Body()]) -> JSONResponse:
        staff.require(R.HANDOVERS_SIGN)
        found = next(
            ((v, p, ver) for v, p, ver in _records("handover", staff) if p["record_id"] == record_id), None
        )
        if found is None:
            raise VillageDeskError("no such hand-over list", code="record.not_found", record_id=record_id)
        village, p, version = found
        checked = {int(i) for i in body.get("checked", [])}
        lines = [dict(line, checked=i in checked) for i, line in enumerate(p.get("lines", []))]
        new = dict(p, lines=lines, countersigned_by=staff.username, countersigned_on=_today().isoformat())
        clean = codec.encode(codec.decode(Handover, new))
        v2, stored = _write_record("handover", record_id, village, clean, body.get("base_version", version))
        audited(staff, "handover_countersign", record_id, {"checked": sorted(checked), "lines": len(lines)})
        return JSONResponse({"version": v2, "handover": stored})

    # ------------------------------------------------------------ staff accounts

    @router.get("/v1/township/staff")
    def staff_list(staff: StaffDep) -> JSONResponse:
        staff.require(R.STAFF)
        q = select(t.staff).order_by(t.staff.c.username)
        if staff.township != "*":
            q = q.where(t.staff.c.township == staff.township)
        with server.engine.connect() as conn:
            rows = conn.execute(q).all()
        return JSONResponse(
            {
                "staff": [
                    {
                        "username": r.username,
                        "role": R.normalize(r.role),
                        "department": r.department or "",
                        "township": r.township,
                        "active": bool(r.active),
                    }
                    for r in rows
                ],
                "roles": list(R.ROLES),
            }
        )

    @router.post("/v1/township/staff")
    def staff_put(staff: StaffDep, body: Annotated[dict[str, Any], Body()]) -> JSONResponse:
        """Create or replace an account of the administrator's own township (never another's)."""
        staff.require(R.STAFF)
        township = str(body.get("township") or staff.township)
        if staff.township != "*" and township != staff.township:
            raise _forbidden("outside your township")
        username = str(body.get("username", "")).strip()
        role = str(body.get("role", ""))
        server.add_staff(username, str(body.get("password", "")), role, township, body.get("department"))
        audited(
            staff,
            "staff_put",
            username,
            {"role": R.normalize(role), "department": body.get("department") or "", "township": township},
        )
        return JSONResponse({"ok": True, "username": username})

    # ------------------------------------------------------------ the public catalog page

    @router.get("/catalog", response_class=HTMLResponse)
    def catalog_page() -> HTMLResponse:
        with server.engine.connect() as conn:
            cat = public.latest_catalog(conn)
        return HTMLResponse(public.render(cat), headers={"Cache-Control": "public, max-age=300"})

    @router.get("/catalog/fonts/{name}")
    def catalog_font(name: str) -> Response:
        face = public.FONT_FILES.get(name)
        if face is None:
            raise VillageDeskError("no such font", code=E.PROTO_NOT_FOUND)
        from villagedesk.printing import fonts

        return FileResponse(
            fonts.font_path(face), media_type="font/ttf", headers={"Cache-Control": "public, max-age=86400"}
        )

    return router
