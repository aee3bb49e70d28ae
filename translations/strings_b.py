"""Translations, part 2: errors in the agent's words (see strings_a.py for the review column)."""

T: dict[str, tuple[str, str, str]] = {
    "Type the 18-character ID number from the card.": (
        "请输入证件上的 18 位身份证号码。",
        "ལག་ཁྱེར་སྟེང་གི་ཨང་རྟགས་ 18 ཅན་གྱི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་འབྲི་རོགས",
        "N: 身份证",
    ),
    "An ID number has 18 characters; this one has %1. Check for a missing or extra digit.": (
        "身份证号码应为 18 位，这个有 %1 位。请检查是否少输或多输了数字。",
        "ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ལ་ཨང་རྟགས་ 18 དགོས། འདི་ལ་ %1 ཡོད། ཨང་རྟགས་ཆད་པའམ་ལྷག་པ་ཡོད་མེད་ཞིབ་བཤེར་རོགས",
        "N: 身份证",
    ),
    "Character %1 is not allowed: only digits, and X as the last character.": (
        "第 %1 位字符不允许：只能是数字，最后一位可以是 X。",
        "ཨང་རྟགས་ %1 པ་མི་ཆོག ཨང་ཀི་ཁོ་ན་དང་། མཐའ་མ་ X ཆོག",
        "C",
    ),
    "This is an old 15-digit number. Use the 18-character number on the new card.": (
        "这是旧的 15 位号码，请使用新证件上的 18 位号码。",
        "འདི་ནི་ཨང་རྟགས་ 15 ཅན་གྱི་ཨང་གྲངས་རྙིང་པ་ཡིན། ལག་ཁྱེར་གསར་པའི་ཨང་རྟགས་ 18 ཅན་སྤྱོད་རོགས",
        "C",
    ),
    "Characters 7 to 14 are the birth date, and %1 is not a real date. Check those digits.": (
        "第 7 至 14 位是出生日期，%1 不是有效日期。请检查这几位数字。",
        "ཨང་རྟགས་ 7 ནས་ 14 བར་(出生)ཚེས་གྲངས་ཡིན། %1 ནི་ཚེས་གྲངས་ངོ་མ་མིན། ཞིབ་བཤེར་རོགས",
        "N: 出生",
    ),
    "The birth date in the number is too long ago. Check characters 7 to 14.": (
        "号码中的出生日期过早。请检查第 7 至 14 位。",
        "ཨང་གྲངས་ནང་གི་(出生)ཚེས་གྲངས་ཧ་ཅང་སྔ། ཨང་རྟགས་ 7 ནས་ 14 བར་ཞིབ་བཤེར་རོགས",
        "N: 出生",
    ),
    "The birth date in the number is in the future. Check characters 7 to 14.": (
        "号码中的出生日期在今天之后。请检查第 7 至 14 位。",
        "ཨང་གྲངས་ནང་གི་(出生)ཚེས་གྲངས་དེ་རིང་གི་རྗེས་ལ་ཡོད། ཨང་རྟགས་ 7 ནས་ 14 བར་ཞིབ་བཤེར་རོགས",
        "N: 出生",
    ),
    "The last character should be %1 for these digits. One digit is probably mistyped: read the number on the card again.": (
        "按前面的数字，最后一位应是 %1。可能输错了一位数字：请再对照证件读一遍。",
        "ཨང་ཀི་འདི་དག་ལ་མཐའ་མ་ %1 དགོས། ཨང་རྟགས་གཅིག་ནོར་བ་འདྲ། ལག་ཁྱེར་སྟེང་གི་ཨང་གྲངས་ཡང་བསྐྱར་ཀློག་རོགས",
        "C",
    ),
    "The first 6 digits (%1) are not a known county code. Check them; if the card really says so, tick the box to confirm.": (
        "前 6 位（%1）不是已知的县级代码。请检查；如果证件上确实如此，请勾选确认。",
        "ཨང་ཀི་དང་པོ་ 6 (%1) རྫོང་གི་ཨང་རྟགས་མིན། ཞིབ་བཤེར་རོགས། ལག་ཁྱེར་སྟེང་དེ་ལྟར་ཡིན་ན་གཏན་འཁེལ་འདེམས་རོགས",
        "C",
    ),
    "The first 6 digits (%1) are not a county code. Check them; if the card really says so, tick the box to confirm.": (
        "前 6 位（%1）不是县级代码。请检查；如果证件上确实如此，请勾选确认。",
        "ཨང་ཀི་དང་པོ་ 6 (%1) རྫོང་གི་ཨང་རྟགས་མ་རེད། ཞིབ་བཤེར་རོགས། ལག་ཁྱེར་སྟེང་དེ་ལྟར་ཡིན་ན་གཏན་འཁེལ་འདེམས་རོགས",
        "C",
    ),
    "This number makes the person %1 years old. Check the birth date; tick the box to confirm.": (
        "按此号码，此人 %1 岁。请检查出生日期；确认无误请勾选。",
        "ཨང་གྲངས་འདིས་ལོ་ %1 ཡིན། (出生)ཚེས་གྲངས་ཞིབ་བཤེར་རོགས། ནོར་བ་མེད་ན་གཏན་འཁེལ་འདེམས་རོགས",
        "N: 出生",
    ),
    "Type the name as it is on the ID card.": (
        "请按身份证上的写法输入姓名。",
        "ཐོབ་ཐང་ལག་ཁྱེར་སྟེང་གི་རུས་མིང་འབྲི་རོགས",
        "N: 身份证",
    ),
    "The name is too long.": ("姓名太长。", "རུས་མིང་ཧ་ཅང་རིང", "C"),
    "The name has characters that cannot be on an ID card.": (
        "姓名中有身份证上不可能出现的字符。",
        "རུས་མིང་ནང་ལག་ཁྱེར་སྟེང་མི་ཆོག་པའི་ཡི་གེ་ཡོད",
        "C",
    ),
    "The middle dot (·) goes between two parts of the name.": (
        "间隔号（·）只能放在姓名两部分之间。",
        "(·) ནི་མིང་གཉིས་ཀྱི་བར་དུ་འབྲི",
        "C",
    ),
    "The Tibetan name must be in Tibetan script.": (
        "藏文名必须用藏文书写。",
        "བོད་ཡིག་གི་མིང་བོད་ཡིག་ཐོག་འབྲི་དགོས",
        "C",
    ),
    "A phone number has 7 to 13 digits.": (
        "电话号码应为 7 至 13 位数字。",
        "ཁ་པར་ཨང་གྲངས་ལ་ཨང་ཀི་ 7 ནས་ 13 བར་དགོས",
        "C",
    ),
    "Wrong PIN. %1 tries left before a short wait.": (
        "PIN 码错误。还可再试 %1 次，之后需稍等。",
        "གསང་ཨང་ནོར་བ། ཚོད་ལྟ་ %1 ལྷག ",
        "C (PIN ≈ 密码 གསང་ཨང)",
    ),
    "Too many wrong PINs. Wait %1 seconds.": (
        "PIN 码错误次数过多。请等 %1 秒。",
        "གསང་ཨང་ནོར་བ་མང་དྲགས། སྐར་ཆ་ %1 སྒུག་རོགས",
        "N: 秒 (སྐར་ཆ)",
    ),
    "Set a PIN for this agent first.": (
        "请先为此代办员设置 PIN 码。",
        "སྔོན་ལ་ལས་བྱེད་པ་འདིའི་གསང་ཨང་སྒྲིག་འགོད་རོགས",
        "N: 代办员 (closest: 工作人员 ལས་བྱེད་པ)",
    ),
    "A PIN has 4 to 8 digits.": ("PIN 码为 4 至 8 位数字。", "གསང་ཨང་ལ་ཨང་ཀི་ 4 ནས་ 8 བར་དགོས", "C"),
    "Type the current PIN to change it.": (
        "修改前请输入当前 PIN 码。",
        "བཟོ་བཅོས་མ་བྱས་སྔོན་ད་ལྟའི་གསང་ཨང་འབྲི་རོགས",
        "C",
    ),
    "This agent is no longer on the roster.": (
        "此代办员已不在名单中。",
        "ལས་བྱེད་པ་འདི་གསལ་ཐོའི་ནང་མེད",
        "N: 代办员",
    ),
    "Say what is wrong with the defective material.": (
        "请写明材料有什么问题。",
        "ཡིག་ཆ་ལ་སྐྱོན་ཅི་ཡོད་འབྲི་རོགས",
        "N: 材料, 有缺陷",
    ),
    "Check every material first.": ("请先逐项核对材料。", "སྔོན་ལ་ཡིག་ཆ་ཚང་མ་ཞིབ་བཤེར་རོགས", "N: 材料"),
    "Some required materials are still missing.": (
        "还缺少必需的材料。",
        "དགོས་ངེས་ཀྱི་ཡིག་ཆ་ཆ་མི་ཚང",
        "N: 材料, 必需",
    ),
    "A required material cannot be marked not applicable.": (
        "必需材料不能标为“不适用”。",
        "དགོས་ངེས་ཀྱི་ཡིག་ཆ་ལ་(不适用)མི་ཆོག",
        "N: 材料, 不适用",
    ),
    "Nothing is missing.": ("没有缺少的材料。", "ཆ་མི་ཚང་བ་མེད", "C"),
    "Only the materials the township returned can be changed.": (
        "只能修改乡镇退回的材料。",
        "ཤང་ནས་ཕྱིར་ལོག་བྱས་པའི་ཡིག་ཆ་ཁོ་ན་བཟོ་བཅོས་ཆོག",
        "N: 材料, 退回 (返回 ཕྱིར་ལོག)",
    ),
    "This application can no longer be changed here.": (
        "此申请已不能在此修改。",
        "རེ་ཞུ་འདི་འདིར་བཟོ་བཅོས་མི་ཆོག",
        "C",
    ),
    "This step is not possible in the application's state.": (
        "申请目前的状态下不能进行这一步。",
        "རེ་ཞུའི་རྣམ་པ་འདིར་གོམ་སྟབས་འདི་མི་ཆོག",
        "C",
    ),
    "This item needs the applicant in person at the township.": (
        "此事项需要申请人本人到乡镇办理。",
        "ཞབས་ཞུ་(事项)འདིར་ཞུ་མཁན་རང་ཉིད་ཤང་ལ་འགྲོ་དགོས",
        "N: 事项",
    ),
    "Enroll this laptop with the township before issuing receipts.": (
        "出具回执前，请先将本电脑在乡镇注册。",
        "འབྱོར་ལན་མ་སྤྲོད་སྔོན་གློག་ཀླད་འདི་ཤང་དུ་ཐོ་འགོད་རོགས",
        "N: 电脑",
    ),
    "For a poor rating, write what went wrong.": (
        "差评请写明原因。",
        "(差评) ཡིན་ན་ནོར་བ་ཅི་ཡིན་འབྲི་རོགས",
        "N: 差评",
    ),
    "The file is too large.": ("文件太大。", "ཡིག་ཆ་ཧ་ཅང་ཆེ", "C"),
    "This kind of file cannot be attached.": ("不能添加这种文件。", "ཡིག་ཆ་འདི་འདྲ་ཁ་སྣོན་མི་ཆོག", "C"),
    "The file is damaged.": ("文件已损坏。", "ཡིག་ཆ་ལ་སྐྱོན་ཡོད", "C"),
    "The file cannot be read.": ("无法读取文件。", "ཡིག་ཆ་ཁ་འབྱེད་མི་ཐུབ", "C"),
    "The file is empty.": ("文件是空的。", "ཡིག་ཆ་སྟོང་པ་རེད", "C"),
    "The township cannot be reached. Try again later.": (
        "连不上乡镇，请稍后再试。",
        "ཤང་དང་སྦྲེལ་མེད་པ། རྗེས་སུ་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་པ",
        "C",
    ),
    "The network asks for a sign-in page first.": ("网络要求先登录网页。", "དྲ་རྒྱར་སྔོན་ལ་ཐོ་འཇུག་དགོས", "C"),
    "The township server is busy. Try again later.": (
        "乡镇服务器忙，请稍后再试。",
        "ཤང་གི་(服务器)ལས་ཀ་མང། རྗེས་སུ་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་པ",
        "N: 服务器",
    ),
    "The server is not the one this code was made for. Do not continue; call the township.": (
        "服务器与此验证码不符。请不要继续，给乡镇打电话。",
        "(服务器)དེ་ར་སྤྲོད་ཨང་རྟགས་འདི་དང་མི་མཐུན། མུ་མཐུད་མ་བྱེད། ཤང་ལ་ཁ་པར་གཏོང་རོགས",
        "N: 服务器",
    ),
    "The code is not complete. Check it.": ("验证码不完整，请检查。", "ར་སྤྲོད་ཨང་རྟགས་ཆ་མི་ཚང ཞིབ་བཤེར་རོགས", "C"),
    "The server address starts with https://": (
        "服务器地址以 https:// 开头",
        "(服务器地址) https:// ནས་འགོ་འཛུགས",
        "N: 服务器, 地址",
    ),
    "This code is too short. Ask the township for the long code.": (
        "验证码太短，请向乡镇要完整的长码。",
        "ར་སྤྲོད་ཨང་རྟགས་ཐུང་དྲགས། ཤང་ལ་ཨང་རྟགས་རིང་པོ་ཞུ་རོགས",
        "C",
    ),
    "This field is required.": ("此项必填。", "འདི་འབྲི་དགོས", "C"),
    "The township changed this application meanwhile. Sync again; then check it.": (
        "乡镇已修改了这份申请。请再同步一次，然后核对。",
        "ཤང་གིས་རེ་ཞུ་འདི་བཟོ་བཅོས་བྱས། ཡང་བསྐྱར་མཉམ་བགྲོད་བྱས་ནས་ཞིབ་བཤེར་རོགས",
        "C",
    ),
    "The township refused this entry as incomplete. Open it, fix it, send again.": (
        "乡镇认为这条记录不完整而拒收。请打开、改正后重新发送。",
        "ཤང་གིས་ཆ་མི་ཚང་བས་ལེན་མ་བྱས། ཁ་འབྱེད་ནས་བཟོ་བཅོས་བྱས་ཏེ་བསྐྱར་འབུལ་རོགས",
        "C",
    ),
    "This laptop is no longer enrolled. Enroll it again.": (
        "本电脑的注册已失效，请重新注册。",
        "གློག་ཀླད་འདིའི་ཐོ་འགོད་དུས་ལས་ཡོལ་བ། ཡང་བསྐྱར་ཐོ་འགོད་རོགས",
        "N: 电脑",
    ),
    "Held back by the township (%1). Call the township center.": (
        "被乡镇暂扣（%1）。请给乡镇便民服务中心打电话。",
        "ཤང་གིས་བཀག (%1) ཤང་གི་ཞབས་ཞུའི་ལྟེ་གནས་ལ་ཁ་པར་གཏོང་རོགས",
        "N: 便民服务中心 (服务中心 ཞབས་ཞུའི་ལྟེ་གནས)",
    ),
}
