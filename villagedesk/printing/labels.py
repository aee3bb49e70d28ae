"""Every fixed label printed on a slip, in Chinese and, where a term is attested, Tibetan.

The Tibetan comes only from ``../shared/data/glossary-zh-bo.tsv`` (each term there names its source).
Where the glossary has no attested Tibetan, the entry's Tibetan is empty and the Chinese is printed in
every language mode: nothing is coined here. ``NEEDS_TRANSLATOR`` lists those entries (and the sentences)
for a Tibetan-reading translator; ``TRANSLATOR_TODO.md`` beside this file is the same list for people.
Terms marked [B] in the glossary (a computer-terms list, Chinese assigned through English) are used but
flagged below for the translator to confirm.
"""

from __future__ import annotations

# key: (Chinese, attested Tibetan or "")
LABELS: dict[str, tuple[str, str]] = {
    # ---- titles ----
    "receipt_title": ("代办收件回执", "འབྱོར་ལན"),  # 回执 [B]: confirm; 代办收件 not attested
    "notification_title": ("一次性告知单", ""),
    "notification_title_returned": ("补正材料通知书（一次性告知）", ""),
    "acceptance_title": ("受理通知书", ""),
    "not_accepted_title": ("不予受理告知书", ""),
    "delivery_title": ("送达回证", ""),
    "handover_title": ("纸质材料交接清单", ""),
    "guide_title": ("办事指南", ""),
    # ---- fields ----
    "tracking_number": ("跟踪号", ""),
    "acceptance_number": ("受理编号", ""),
    "document_number": ("文书编号", ""),
    "item": ("申请事项", "རེ་ཞུ"),  # 申请 [B]
    "department": ("办理部门", ""),
    "applicant": ("申请人", "ཞུ་མཁན"),
    "id_number": ("身份证号码", ""),
    "phone": ("联系电话", "ཁ་པར་ཨང་གྲངས"),  # 电话号码 [B]
    "address": ("地址", ""),
    "agent": ("代办员", ""),
    "proxy_point": ("代办点", ""),
    "township_center": ("乡镇便民服务中心", ""),
    "date": ("日期", "ཚེས་གྲངས"),  # [B]
    "received_on": ("收件日期", ""),
    "applied_on": ("申请日期", ""),
    "accepted_on": ("受理日期", ""),
    "materials_received": ("收到的材料", ""),
    "material": ("材料名称", "མིང"),  # 名称 [A]; 材料 itself is not attested
    "form": ("形式", ""),
    "copies": ("份数", ""),
    "notes": ("说明", ""),
    "original": ("原件", "མ་ཡིག"),  # [B]
    "copy": ("复印件", ""),
    "original_and_copy": ("原件和复印件", ""),
    "original_seen_copy_kept": ("原件已核验退还，收复印件", ""),
    "statutory_time_limit": ("法定办结时限", ""),
    "committed_time_limit": ("承诺办结时限", ""),
    "fee": ("收费", "འགྲོ་སོང"),  # 费用 [B]
    "free_proxy": ("免费代办", ""),
    "progress": ("查询进度", "སྒྲུབ་ཚད"),  # 进度 [A]
    "consult": ("咨询", "བློ་འདྲི"),
    "complaint": ("投诉", ""),
    "signature_applicant": ("申请人签名（或按手印）", ""),
    "signature_agent": ("代办员签名", ""),
    "signature_recipient": ("受送达人签名或按手印", ""),
    "signature_deliverer": ("送达人签名", ""),
    "signature_carrier": ("移交人（代办员）签名", ""),
    "signature_countersign": ("接收人签名", ""),
    "signature_staff": ("经办人签名", ""),
    "seal": ("（盖章）", ""),
    "missing_materials": ("需补齐补正的材料", ""),
    "status_missing": ("缺少", ""),
    "status_defective": ("需补正", ""),
    "needed": ("需要提供", ""),
    "defect": ("问题", ""),
    "bring_to": ("送交地点", ""),
    "bring_by": ("截止日期", "དུས་བཅད་ཚེས་གྲངས"),  # [B]
    "legal_basis": ("法律依据", ""),
    "reason": ("理由", ""),
    "remedies": ("救济途径", ""),
    "result_delivery": ("结果送达方式", ""),
    "fee_yes_no": ("是否收费", ""),
    "document_delivered": ("送达文书", ""),
    "recipient": ("受送达人", ""),
    "delivery_place": ("送达地点", ""),
    "delivery_time": ("送达时间", "དུས་ཚོད"),  # 时间 [A]
    "delivery_method": ("送达方式", ""),
    "deliverer": ("送达人", ""),
    "remarks": ("备注", ""),
    "thumbprint": ("手印", ""),
    "handover_date": ("移交日期", ""),
    "description": ("材料或文书", ""),
    "count": ("数量", ""),
    "checked": ("核对", ""),
    "direction": ("方向", ""),
    "total": ("合计", ""),
    "item_type": ("事项类型", ""),
    "conditions": ("申请条件", ""),
    "process": ("办理流程", ""),
    "materials_required": ("申请材料", ""),
    "required": ("必需", ""),
    "optional": ("视情况提供", ""),
}

# Sentences: no attested Tibetan exists for any of them, so they are Chinese in every mode.
SENTENCES: dict[str, str] = {
    "receipt_time_limit": (
        "承诺办结时限为{days}个工作日，自乡镇便民服务中心受理之日起计算（不含法定节假日；"
        "现场勘查、公示、听证、专家评审等时间不计算在内）。办结日期由乡镇受理后告知，本回执不作计算。"
    ),
    "receipt_time_limit_calendar": (
        "承诺办结时限为{days}日（自然日），自乡镇便民服务中心受理之日起计算。办结日期由乡镇受理后告知。"
    ),
    "receipt_on_the_spot": "即办件：材料齐全、乡镇便民服务中心受理后当场办结。",
    "no_fee": "不收费",
    "fee_amount": "{amount}元",
    "free_proxy_note": "本事项由村代办员免费代办，代办员不收取任何费用。",
    "progress_how": ("凭本回执上的跟踪号，向代办员或乡镇便民服务中心查询办理进度；也可扫描二维码查询。"),
    "receipt_note": "本回执仅证明代办点已收到上列材料，不代表申请已被受理；请妥善保管。",
    "notification_intro": (
        "您申请的事项经初步查验，尚需补齐或补正下列材料。请于截止日期前将材料送到下列地点。"
    ),
    "notification_once": (
        "本告知单已一次性告知本申请需要补齐补正的全部材料；除上列材料外，不会再要求您为本申请提交其他材料。"
    ),
    "notification_returned_intro": (
        "您的申请经乡镇便民服务中心审查，尚需补正下列材料。依据《中华人民共和国行政许可法》第三十二条，"
        "现一次性告知如下。"
    ),
    "notification_returned_reason": "退回补正说明：{reason}",
    "acceptance_body": (
        "你（单位）于{received}提出的{item}申请，材料齐全、符合法定形式，本机关决定予以受理。"
    ),
    "acceptance_clock": (
        "办结时限自受理之日起以工作日计算，不含法定节假日；依法需要听证、招标、拍卖、检验、检测、"
        "检疫、鉴定和专家评审的，所需时间不计算在内。"
    ),
    "acceptance_pickup": "凭本通知书和申请人身份证领取办理结果。",
    "not_accepted_body": "你（单位）于{received}提出的{item}申请，经审查，本机关决定不予受理。",
    "not_accepted_redirect": "该事项不属于本机关职权范围，请向{body}申请。",
    "remedies_text": (
        "如不服本决定，可以自收到本告知书之日起60日内向{review_body}申请行政复议，"
        "或者自收到本告知书之日起6个月内向{court}提起行政诉讼。"
    ),
    "duplicate_note": "本告知书一式两份，一份交申请人，一份存档。",
    "delivery_note": "受送达人拒绝签收的，送达人应在备注栏注明拒收事由和日期，并由见证人签名。",
    "handover_note": "接收人逐项核对原件数量后在“核对”栏打勾并签名；数量不符的在备注中注明。",
    "guide_materials_note": "可通过部门间信息共享获取的材料，不再要求申请人提交。",
    "copies_n": "{n}份",
    "working_days_n": "{n}个工作日",
    "calendar_days_n": "{n}日（自然日）",
    "on_the_spot": "即办",
}

NEEDS_TRANSLATOR: tuple[str, ...] = tuple(zh for zh, bo in LABELS.values() if not bo) + tuple(
    SENTENCES.values()
)
