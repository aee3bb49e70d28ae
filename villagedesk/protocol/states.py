"""The application lifecycle's states and event kinds: one vocabulary for client and server."""

from enum import StrEnum


class ApplicationState(StrEnum):
    DRAFT = "draft"
    AWAITING_MATERIALS = "awaiting_materials"  # a one-time notification was issued
    READY = "ready"  # checklist complete, not yet queued
    QUEUED = "queued"  # receipt issued, waiting to travel to the township
    RECEIVED = "received"  # arrived at the township (network or USB)
    ACCEPTED = "accepted"
    RETURNED = "returned"  # sent back for correction, with the list
    NOT_ACCEPTED = "not_accepted"
    IN_REVIEW = "in_review"  # routed to one or more departments (parallel review)
    APPROVED = "approved"
    DENIED = "denied"
    RESULT_READY = "result_ready"
    DELIVERED = "delivered"
    WITHDRAWN = "withdrawn"


TERMINAL_STATES = frozenset(
    {ApplicationState.NOT_ACCEPTED, ApplicationState.DELIVERED, ApplicationState.WITHDRAWN}
)


class ReviewTaskState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    DENIED = "denied"


class ClockState(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    STOPPED = "stopped"
    FINISHED = "finished"


class ClockStopReason(StrEnum):
    ON_SITE_INSPECTION = "on_site_inspection"
    PUBLIC_NOTICE = "public_notice"
    HEARING = "hearing"
    EXPERT_REVIEW = "expert_review"


class MaterialStatus(StrEnum):
    ORIGINAL_KEPT = "original_kept"
    ORIGINAL_SEEN_COPY_KEPT = "original_seen_copy_kept"  # original shown and returned, copies kept
    COPY = "copy"
    MISSING = "missing"
    DEFECTIVE = "defective"
    NOT_APPLICABLE = "not_applicable"
    PENDING = "pending"  # not yet checked by the agent


class MaterialForm(StrEnum):
    """What the catalog asks for a material."""

    ORIGINAL = "original"  # 原件 (kept)
    ORIGINAL_AND_COPY = "original_and_copy"  # 原件和复印件 (original shown and returned, copy kept)
    COPY = "copy"  # 复印件


class EventKind(StrEnum):
    CREATED = "created"
    TRANSITION = "transition"
    CHECKLIST_UPDATED = "checklist_updated"
    NOTIFICATION_ISSUED = "notification_issued"
    TAKEOVER = "takeover"  # AB岗: the other agent takes over
    ROUTED = "routed"
    TASK_DECIDED = "task_decided"
    CLOCK_STOPPED = "clock_stopped"
    CLOCK_RESUMED = "clock_resumed"
    CLOCK_EXTENDED = "clock_extended"
    WITHDRAWAL_REQUESTED = "withdrawal_requested"
    WITHDRAWAL_REFUSED = "withdrawal_refused"
    NOTE = "note"
