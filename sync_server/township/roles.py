"""Who may do what at the township center: the staff roles and their permissions (docs/architecture.md).

The server decides: every staff endpoint checks one permission here and refuses with ``auth.forbidden``
(HTTP 403, params ``permission`` and ``role``). The window asks ``/v1/township/me`` for the same list and
only hides what the role cannot do.
"""

from __future__ import annotations

from typing import Final

CLERK: Final = "clerk"  # window clerk (窗口受理人员)
DEPT_REVIEWER: Final = "dept_reviewer"  # a department's reviewer, bound to that department
DIRECTOR: Final = "director"  # center director (中心主任)
ADMIN: Final = "admin"  # administrator
ROLES: Final = (CLERK, DEPT_REVIEWER, DIRECTOR, ADMIN)
# The roles of the first township release, kept so that old scripts and ``staff add --role`` still work.
LEGACY: Final = {"reviewer": CLERK, "viewer": DIRECTOR}

READ_APPLICATIONS: Final = "applications.read"  # one application and its files
READ_ALL: Final = "applications.read_all"  # every application of the township: arrivals, deadlines
ACT: Final = "applications.act"  # accept, return, not accept, route, clock, result ready, any decision
DECIDE_OWN: Final = "applications.decide_own"  # decide its own department's review task only
UPLOAD_DOCUMENT: Final = "documents.upload"
HANDOVERS_READ: Final = "handovers.read"
HANDOVERS_SIGN: Final = "handovers.sign"
COMPLAINTS_READ: Final = "complaints.read"
COMPLAINTS_WRITE: Final = "complaints.write"
USB: Final = "usb"  # import a village's batch, export one for a village
REPORTS: Final = "reports"
AUDIT: Final = "audit"
CALENDAR_WRITE: Final = "calendar.write"
CATALOG_PUBLISH: Final = "catalog.publish"
AGENTS_READ: Final = "agents.read"
AGENTS_WRITE: Final = "agents.write"
ENROLL: Final = "enroll"
DEVICES_READ: Final = "devices.read"
DEVICES_REVOKE: Final = "devices.revoke"
STAFF: Final = "staff"

PERMISSIONS: Final[dict[str, frozenset[str]]] = {
    CLERK: frozenset(
        {
            READ_APPLICATIONS,
            READ_ALL,
            ACT,
            UPLOAD_DOCUMENT,
            HANDOVERS_READ,
            HANDOVERS_SIGN,
            COMPLAINTS_READ,
            COMPLAINTS_WRITE,
            USB,
            AUDIT,
        }
    ),
    # Reads only what was routed to its department (checked per application, not here).
    DEPT_REVIEWER: frozenset({READ_APPLICATIONS, DECIDE_OWN, UPLOAD_DOCUMENT}),
    DIRECTOR: frozenset(
        {
            READ_APPLICATIONS,
            READ_ALL,
            HANDOVERS_READ,
            COMPLAINTS_READ,
            COMPLAINTS_WRITE,
            REPORTS,
            AUDIT,
            CALENDAR_WRITE,
            AGENTS_READ,
            DEVICES_READ,
        }
    ),
    # Runs the center's set-up; it does not read applicants' files.
    ADMIN: frozenset(
        {
            AUDIT,
            CALENDAR_WRITE,
            CATALOG_PUBLISH,
            AGENTS_READ,
            AGENTS_WRITE,
            ENROLL,
            DEVICES_READ,
            DEVICES_REVOKE,
            STAFF,
        }
    ),
}


def normalize(role: str) -> str:
    """The current name of a role (legacy names mapped); unknown names are returned unchanged."""
    return LEGACY.get(role, role)


def allows(role: str, permission: str) -> bool:
    return permission in PERMISSIONS.get(normalize(role), frozenset())


def permissions(role: str) -> list[str]:
    return sorted(PERMISSIONS.get(normalize(role), frozenset()))
