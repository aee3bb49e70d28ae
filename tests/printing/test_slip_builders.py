"""Builder contracts: options, input checks, masking, thread safety, fonts covering the catalog."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
import slip_samples as s
from fontTools.ttLib import TTFont

from villagedesk import printing as P
from villagedesk.core.errors import ValidationError
from villagedesk.printing import fonts, tibetan
from villagedesk.printing.documents import NotificationData, ReceiptData, mask_id
from villagedesk.printing.labels import LABELS, NEEDS_TRANSLATOR


def test_mask_id() -> None:
    assert mask_id("513322195803121018") == "5133**********1018"
    assert mask_id("51333419900720035X") == "5133**********035X"
    assert mask_id("513322580312101") == "5133*******2101"  # old 15-digit number


def test_unknown_size_or_language_is_refused() -> None:
    with pytest.raises(ValidationError) as e:
        P.build_receipt(s.receipt(), size="letter", lang="zh")  # type: ignore[arg-type]
    assert e.value.code == "printing.page_size"
    with pytest.raises(ValidationError) as e:
        P.build_receipt(s.receipt(), size="a4", lang="en")  # type: ignore[arg-type]
    assert e.value.code == "printing.lang_mode"


def test_receipt_needs_a_tracking_number() -> None:
    app = replace(s.application(s.free_item()), tracking_number="")
    with pytest.raises(ValidationError) as e:
        ReceiptData.from_domain(app, s.applicant(), s.free_item(), s.agent(), s.office(), issued_on=s.TODAY)
    assert e.value.code == "printing.no_tracking_number"


def test_notification_needs_something_missing() -> None:
    app = s.application(s.free_item())
    with pytest.raises(ValidationError) as e:
        NotificationData.from_domain(
            app,
            s.applicant(),
            s.free_item(),
            s.agent(),
            s.office(),
            applied_on=s.TODAY,
            issued_on=s.TODAY,
            bring_by=s.TODAY,
        )
    assert e.value.code == "printing.nothing_missing"


def test_not_accepted_needs_the_remedy_bodies() -> None:
    from villagedesk.printing.documents import NotAcceptedData

    office = replace(s.office(), review_body_zh="")
    with pytest.raises(ValidationError) as e:
        NotAcceptedData.from_domain(
            s.application(s.fee_item()),
            s.applicant(),
            s.fee_item(),
            office,
            document_number="x",
            received_on=s.TODAY,
            decided_on=s.TODAY,
            reason_zh="r",
            legal_basis_zh="b",
        )
    assert e.value.code == "printing.remedy_bodies_missing"


def test_receipt_lists_only_what_was_received() -> None:
    d = s.receipt()
    # material 6 of MZ-001 was marked not applicable
    assert len(d.received) == len(s.free_item().materials) - 1
    assert d.received[1].kept_copy_only


def test_builds_are_deterministic_and_thread_safe() -> None:
    want = P.build_notification(s.notification(), size="a4", lang="bilingual")
    assert P.build_notification(s.notification(), size="a4", lang="bilingual") == want
    results: list[bytes] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(3):
                results.append(P.build_notification(s.notification(), size="a4", lang="bilingual"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert results and all(r == want for r in results)


def test_the_catalog_prints_without_tofu() -> None:
    """Every character of every item and material in the sample catalog exists in the Chinese font."""
    cmap = TTFont(str(fonts.font_path(fonts.CJK))).getBestCmap()
    missing: set[str] = set()
    for it in s.catalog().items:
        texts = [
            it.name_zh,
            it.department_zh,
            it.legal_basis_zh,
            it.conditions_zh,
            it.process_zh,
            it.fee_note,
            it.notes_zh,
            it.time_limit_note,
        ]
        for m in it.materials:
            texts += [m.name_zh, m.notes_zh]
        for t in texts:
            missing |= {c for c in t if not c.isspace() and not tibetan.is_tibetan(c) and ord(c) not in cmap}
    assert not missing


def test_labels_use_only_attested_tibetan() -> None:
    """Every Tibetan label is a glossary term (no coined Tibetan), and the rest are listed for a
    translator."""
    glossary = (s.DATA / "glossary-zh-bo.tsv").read_text(encoding="utf-8")
    attested = {row.split("\t")[1] for row in glossary.splitlines()[1:] if row.split("\t")[1]}
    for zh, bo in LABELS.values():
        assert not bo or bo in attested, (zh, bo)
        assert bo or zh in NEEDS_TRANSLATOR
