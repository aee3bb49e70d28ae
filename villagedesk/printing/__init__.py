"""Printed documents (reportlab): every builder takes a plain record and returns PDF bytes.

Imports reportlab, uharfbuzz, segno, villagedesk.core and villagedesk.protocol only. Builders are safe to
call from a worker thread (see ``layout.BUILD_LOCK``).
"""

from villagedesk.printing.guide import build_service_guide
from villagedesk.printing.handover import build_handover_list
from villagedesk.printing.layout import LANG_MODES, PAGE_SIZES, LangMode, PageSize
from villagedesk.printing.notices import (
    build_acceptance_notice,
    build_delivery_record,
    build_not_accepted_notice,
)
from villagedesk.printing.notification import build_notification
from villagedesk.printing.receipt import build_receipt

__all__ = [
    "LANG_MODES",
    "PAGE_SIZES",
    "LangMode",
    "PageSize",
    "build_acceptance_notice",
    "build_delivery_record",
    "build_handover_list",
    "build_not_accepted_notice",
    "build_notification",
    "build_receipt",
    "build_service_guide",
]
