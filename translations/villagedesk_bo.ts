<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo_CN">
<context>
    <name>ApplicantsPage</name>
    <message>
        <source>Name</source>
        <translation>རུས་མིང</translation>
    </message>
    <message>
        <source>Tibetan name</source>
        <translation>བོད་ཡིག་གི་མིང</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ཁ་པར་ཨང་གྲངས</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ཚོ་ཆུང (组)</translation>
    </message>
    <message>
        <source>Find by ID number, phone or name (any spelling, Chinese or Tibetan)</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་དང་། ཁ་པར་ཨང་གྲངས། རུས་མིང་(རྒྱ་ཡིག་དང་བོད་ཡིག) བརྒྱུད་འཚོལ་བ</translation>
    </message>
    <message>
        <source>New application for this person</source>
        <translation>ཞུ་མཁན་འདིའི་རེ་ཞུ་གསར་བཟོ</translation>
    </message>
    <message>
        <source>Register or update an applicant</source>
        <translation>ཞུ་མཁན་ཐོ་འགོད་དམ་གསར་སྒྱུར</translation>
    </message>
    <message>
        <source>Name on the ID card</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་སྟེང་གི་རུས་མིང</translation>
    </message>
    <message>
        <source>Village group</source>
        <translation>གྲོང་ཚོའི་ཚོ་ཆུང (村民小组)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>(残疾) ཆ་འཕྲིན</translation>
    </message>
    <message>
        <source>Disability note</source>
        <translation>(残疾) གསལ་བཤད</translation>
    </message>
    <message>
        <source>The number is right as on the card (confirm)</source>
        <translation>ཨང་གྲངས་ལག་ཁྱེར་དང་མཐུན། (གཏན་འཁེལ)</translation>
    </message>
    <message>
        <source>Has a disability certificate</source>
        <translation>(残疾人证) ལག་ཁྱེར་ཡོད</translation>
    </message>
    <message>
        <source>Save applicant</source>
        <translation>ཞུ་མཁན་ཉར་ཚགས</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>གཙང་སེལ</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 རྙེད</translation>
    </message>
    <message>
        <source>Age %1: free proxy service (elderly or disabled).</source>
        <translation>ལོ་ %1: རྒན་རྒོན་དང་(残疾人)ལ་(免费代办)</translation>
    </message>
    <message>
        <source>Age %1.</source>
        <translation>ལོ་ %1</translation>
    </message>
    <message>
        <source>Registered: %1.</source>
        <translation>ཐོ་འགོད་གྲུབ་ཟིན: %1</translation>
    </message>
    <message>
        <source>Updated: %1.</source>
        <translation>གསར་སྒྱུར་གྲུབ་ཟིན: %1</translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <source>(only in the stated cases)</source>
        <translation>(仅限所述情形) གནས་ཚུལ</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>དགོས་པ: %1</translation>
    </message>
    <message>
        <source>What is wrong (required if defective)</source>
        <translation>སྐྱོན་ཅི་ཡོད (སྐྱོན་ཡོད་ན་འབྲི་དགོས)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>ཁ་སྣོན…</translation>
    </message>
    <message>
        <source>%1 file(s), %2</source>
        <translation>ཡིག་ཆ་ %1, %2</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>ཞབས་ཞུ (事项)</translation>
    </message>
    <message>
        <source>Applicant&apos;s ID number</source>
        <translation>ཞུ་མཁན་གྱི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས</translation>
    </message>
    <message>
        <source>18 characters, then Enter</source>
        <translation>ཨང་རྟགས་ 18 (Enter)</translation>
    </message>
    <message>
        <source>Start application</source>
        <translation>རེ་ཞུ་འགོ་འཛུགས</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>ཡིག་ཆའི་གསལ་ཐོ (材料清单)</translation>
    </message>
    <message>
        <source>Scan or photo</source>
        <translation>ཡིག་ཆ (扫描件/照片)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ཆེ་རུ་གཏོང (放大)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ཆུང་རུ་གཏོང (缩小)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>སྐོར་བ (旋转)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>གཏན་འཁེལ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>འདོར་བ</translation>
    </message>
    <message>
        <source>Drop a file here, use Attach…, or scan into the scanner folder: %1</source>
        <translation>ཡིག་ཆ་འདིར་འཐེན་པའམ། ཁ་སྣོན་… ལ་གནོན། (扫描文件夹): %1</translation>
    </message>
    <message>
        <source>Missing materials: print the one-time notification</source>
        <translation>ཡིག་ཆ་ཆ་མི་ཚང་: བརྡ་ཐོ་པར་འདེབས (一次性告知)</translation>
    </message>
    <message>
        <source>Complete: print the receipt and queue</source>
        <translation>ཆ་ཚང་: འབྱོར་ལན་པར་འདེབས་ནས་བསྐུར་བ</translation>
    </message>
    <message>
        <source>Not registered: register on the Applicants screen first.</source>
        <translation>ཐོ་འགོད་མེད: སྔོན་ལ་ཞུ་མཁན་ལ་ཐོ་འགོད་རོགས</translation>
    </message>
    <message>
        <source>Choose the service item and the applicant first.</source>
        <translation>སྔོན་ལ་ཞབས་ཞུ་(事项)དང་ཞུ་མཁན་འདེམས་རོགས</translation>
    </message>
    <message>
        <source>Choose an item and an applicant, then start.</source>
        <translation>ཞབས་ཞུ་(事项)དང་ཞུ་མཁན་འདེམས་ནས་འགོ་འཛུགས</translation>
    </message>
    <message>
        <source>%1 — state: %2</source>
        <translation>%1 — རྣམ་པ: %2</translation>
    </message>
    <message>
        <source>Free proxy service</source>
        <translation>འགྲོ་སོང་མེད་པའི་ཞབས་ཞུ (免费代办)</translation>
    </message>
    <message>
        <source>The one-time notification lists every missing material. Give it to the villager.</source>
        <translation>བརྡ་ཐོ་(一次性告知)ནང་ཆ་མི་ཚང་བའི་ཡིག་ཆ་ཚང་མ་ཡོད། གྲོང་མི་ལ་སྤྲོད་རོགས</translation>
    </message>
    <message>
        <source>Queued. Tracking number %1. Give the receipt to the villager.</source>
        <translation>བསྐུར་རྒྱུའི་གྲས་སུ་བཞག ཨང་གྲངས་ %1 འབྱོར་ལན་གྲོང་མི་ལ་སྤྲོད་རོགས</translation>
    </message>
    <message>
        <source>Choose a scan or photo</source>
        <translation>ཡིག་ཆ་འདེམས་པ (扫描件/照片)</translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic)</source>
        <translation>ཡིག་ཆ (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic)</translation>
    </message>
    <message>
        <source>Start the application first.</source>
        <translation>སྔོན་ལ་རེ་ཞུ་འགོ་འཛུགས་རོགས</translation>
    </message>
    <message>
        <source>Compressing…</source>
        <translation>བྱེད་བཞིན་པ (压缩)…</translation>
    </message>
    <message>
        <source>No file waiting</source>
        <translation>ཡིག་ཆ་མེད</translation>
    </message>
    <message>
        <source>For: %1. Size after compression: %2 (was %3).</source>
        <translation>%1: (压缩后) %2 (སྔོན་ %3)</translation>
    </message>
    <message>
        <source>PDF file (no picture preview)</source>
        <translation>PDF ཡིག་ཆ (སྔོན་ལྟ་མེད)</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Code</source>
        <translation>ཨང་རྟགས</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>ཞབས་ཞུ (事项)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>ལས་ཁུངས</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>དུས་བཅད (时限)</translation>
    </message>
    <message>
        <source>Search by name (Chinese or Tibetan), code or department</source>
        <translation>མིང་(རྒྱ་ཡིག་དང་བོད་ཡིག)དང་ཨང་རྟགས། ལས་ཁུངས་བརྒྱུད་བཤེར་འཚོལ</translation>
    </message>
    <message>
        <source>Print the guide for the villager</source>
        <translation>གྲོང་མིར་ལམ་སྟོན་(办事指南)པར་འདེབས</translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>ལམ་སེང (即办)</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>ཉིན་གྲངས་ %1 (工作日)</translation>
    </message>
    <message>
        <source>%1 calendar days</source>
        <translation>ཉིན་ %1 (自然日)</translation>
    </message>
    <message>
        <source>Catalog version %1.</source>
        <translation>གསལ་ཐོའི་པར་གཞི་ %1</translation>
    </message>
    <message>
        <source>A realistic sample, not the official catalog.</source>
        <translation>དཔེ་མཚོན་ཙམ་ཡིན། གཞུང་འབྲེལ་གསལ་ཐོ་མིན</translation>
    </message>
    <message>
        <source>(only in the stated cases)</source>
        <translation>(仅限所述情形) གནས་ཚུལ</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>(申请条件) ཆ་རྐྱེན</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>གོམ་སྟབས</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>ཡིག་ཆ (材料)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>འགྲོ་སོང</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ཁྲིམས་འཛིན་གཞི་རྩ (法律依据)</translation>
    </message>
    <message>
        <source>Apply in person at the township.</source>
        <translation>རང་ཉིད་ཤང་དུ་འགྲོ་དགོས</translation>
    </message>
    <message>
        <source>free</source>
        <translation>འགྲོ་སོང་མེད (免费)</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>སྒོར་ %1 (元)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>ནོར་བ: %1</translation>
    </message>
    <message>
        <source>Type the 18-character ID number from the card.</source>
        <translation>ལག་ཁྱེར་སྟེང་གི་ཨང་རྟགས་ 18 ཅན་གྱི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་འབྲི་རོགས</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1. Check for a missing or extra digit.</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ལ་ཨང་རྟགས་ 18 དགོས། འདི་ལ་ %1 ཡོད། ཨང་རྟགས་ཆད་པའམ་ལྷག་པ་ཡོད་མེད་ཞིབ་བཤེར་རོགས</translation>
    </message>
    <message>
        <source>Character %1 is not allowed: only digits, and X as the last character.</source>
        <translation>ཨང་རྟགས་ %1 པ་མི་ཆོག ཨང་ཀི་ཁོ་ན་དང་། མཐའ་མ་ X ཆོག</translation>
    </message>
    <message>
        <source>This is an old 15-digit number. Use the 18-character number on the new card.</source>
        <translation>འདི་ནི་ཨང་རྟགས་ 15 ཅན་གྱི་ཨང་གྲངས་རྙིང་པ་ཡིན། ལག་ཁྱེར་གསར་པའི་ཨང་རྟགས་ 18 ཅན་སྤྱོད་རོགས</translation>
    </message>
    <message>
        <source>Characters 7 to 14 are the birth date, and %1 is not a real date. Check those digits.</source>
        <translation>ཨང་རྟགས་ 7 ནས་ 14 བར་(出生)ཚེས་གྲངས་ཡིན། %1 ནི་ཚེས་གྲངས་ངོ་མ་མིན། ཞིབ་བཤེར་རོགས</translation>
    </message>
    <message>
        <source>The birth date in the number is too long ago. Check characters 7 to 14.</source>
        <translation>ཨང་གྲངས་ནང་གི་(出生)ཚེས་གྲངས་ཧ་ཅང་སྔ། ཨང་རྟགས་ 7 ནས་ 14 བར་ཞིབ་བཤེར་རོགས</translation>
    </message>
    <message>
        <source>The birth date in the number is in the future. Check characters 7 to 14.</source>
        <translation>ཨང་གྲངས་ནང་གི་(出生)ཚེས་གྲངས་དེ་རིང་གི་རྗེས་ལ་ཡོད། ཨང་རྟགས་ 7 ནས་ 14 བར་ཞིབ་བཤེར་རོགས</translation>
    </message>
    <message>
        <source>The last character should be %1 for these digits. One digit is probably mistyped: read the number on the card again.</source>
        <translation>ཨང་ཀི་འདི་དག་ལ་མཐའ་མ་ %1 དགོས། ཨང་རྟགས་གཅིག་ནོར་བ་འདྲ། ལག་ཁྱེར་སྟེང་གི་ཨང་གྲངས་ཡང་བསྐྱར་ཀློག་རོགས</translation>
    </message>
    <message>
        <source>The first 6 digits (%1) are not a known county code. Check them; if the card really says so, tick the box to confirm.</source>
        <translation>ཨང་ཀི་དང་པོ་ 6 (%1) རྫོང་གི་ཨང་རྟགས་མིན། ཞིབ་བཤེར་རོགས། ལག་ཁྱེར་སྟེང་དེ་ལྟར་ཡིན་ན་གཏན་འཁེལ་འདེམས་རོགས</translation>
    </message>
    <message>
        <source>The first 6 digits (%1) are not a county code. Check them; if the card really says so, tick the box to confirm.</source>
        <translation>ཨང་ཀི་དང་པོ་ 6 (%1) རྫོང་གི་ཨང་རྟགས་མ་རེད། ཞིབ་བཤེར་རོགས། ལག་ཁྱེར་སྟེང་དེ་ལྟར་ཡིན་ན་གཏན་འཁེལ་འདེམས་རོགས</translation>
    </message>
    <message>
        <source>This number makes the person %1 years old. Check the birth date; tick the box to confirm.</source>
        <translation>ཨང་གྲངས་འདིས་ལོ་ %1 ཡིན། (出生)ཚེས་གྲངས་ཞིབ་བཤེར་རོགས། ནོར་བ་མེད་ན་གཏན་འཁེལ་འདེམས་རོགས</translation>
    </message>
    <message>
        <source>Type the name as it is on the ID card.</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་སྟེང་གི་རུས་མིང་འབྲི་རོགས</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>རུས་མིང་ཧ་ཅང་རིང</translation>
    </message>
    <message>
        <source>The name has characters that cannot be on an ID card.</source>
        <translation>རུས་མིང་ནང་ལག་ཁྱེར་སྟེང་མི་ཆོག་པའི་ཡི་གེ་ཡོད</translation>
    </message>
    <message>
        <source>The middle dot (·) goes between two parts of the name.</source>
        <translation>(·) ནི་མིང་གཉིས་ཀྱི་བར་དུ་འབྲི</translation>
    </message>
    <message>
        <source>The Tibetan name must be in Tibetan script.</source>
        <translation>བོད་ཡིག་གི་མིང་བོད་ཡིག་ཐོག་འབྲི་དགོས</translation>
    </message>
    <message>
        <source>A phone number has 7 to 13 digits.</source>
        <translation>ཁ་པར་ཨང་གྲངས་ལ་ཨང་ཀི་ 7 ནས་ 13 བར་དགོས</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before a short wait.</source>
        <translation>གསང་ཨང་ནོར་བ། ཚོད་ལྟ་ %1 ལྷག </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1 seconds.</source>
        <translation>གསང་ཨང་ནོར་བ་མང་དྲགས། སྐར་ཆ་ %1 སྒུག་རོགས</translation>
    </message>
    <message>
        <source>Set a PIN for this agent first.</source>
        <translation>སྔོན་ལ་ལས་བྱེད་པ་འདིའི་གསང་ཨང་སྒྲིག་འགོད་རོགས</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>གསང་ཨང་ལ་ཨང་ཀི་ 4 ནས་ 8 བར་དགོས</translation>
    </message>
    <message>
        <source>Type the current PIN to change it.</source>
        <translation>བཟོ་བཅོས་མ་བྱས་སྔོན་ད་ལྟའི་གསང་ཨང་འབྲི་རོགས</translation>
    </message>
    <message>
        <source>This agent is no longer on the roster.</source>
        <translation>ལས་བྱེད་པ་འདི་གསལ་ཐོའི་ནང་མེད</translation>
    </message>
    <message>
        <source>Say what is wrong with the defective material.</source>
        <translation>ཡིག་ཆ་ལ་སྐྱོན་ཅི་ཡོད་འབྲི་རོགས</translation>
    </message>
    <message>
        <source>Check every material first.</source>
        <translation>སྔོན་ལ་ཡིག་ཆ་ཚང་མ་ཞིབ་བཤེར་རོགས</translation>
    </message>
    <message>
        <source>Some required materials are still missing.</source>
        <translation>དགོས་ངེས་ཀྱི་ཡིག་ཆ་ཆ་མི་ཚང</translation>
    </message>
    <message>
        <source>A required material cannot be marked not applicable.</source>
        <translation>དགོས་ངེས་ཀྱི་ཡིག་ཆ་ལ་(不适用)མི་ཆོག</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>ཆ་མི་ཚང་བ་མེད</translation>
    </message>
    <message>
        <source>Only the materials the township returned can be changed.</source>
        <translation>ཤང་ནས་ཕྱིར་ལོག་བྱས་པའི་ཡིག་ཆ་ཁོ་ན་བཟོ་བཅོས་ཆོག</translation>
    </message>
    <message>
        <source>This application can no longer be changed here.</source>
        <translation>རེ་ཞུ་འདི་འདིར་བཟོ་བཅོས་མི་ཆོག</translation>
    </message>
    <message>
        <source>This step is not possible in the application&apos;s state.</source>
        <translation>རེ་ཞུའི་རྣམ་པ་འདིར་གོམ་སྟབས་འདི་མི་ཆོག</translation>
    </message>
    <message>
        <source>This item needs the applicant in person at the township.</source>
        <translation>ཞབས་ཞུ་(事项)འདིར་ཞུ་མཁན་རང་ཉིད་ཤང་ལ་འགྲོ་དགོས</translation>
    </message>
    <message>
        <source>Enroll this laptop with the township before issuing receipts.</source>
        <translation>འབྱོར་ལན་མ་སྤྲོད་སྔོན་གློག་ཀླད་འདི་ཤང་དུ་ཐོ་འགོད་རོགས</translation>
    </message>
    <message>
        <source>For a poor rating, write what went wrong.</source>
        <translation>(差评) ཡིན་ན་ནོར་བ་ཅི་ཡིན་འབྲི་རོགས</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>ཡིག་ཆ་ཧ་ཅང་ཆེ</translation>
    </message>
    <message>
        <source>This kind of file cannot be attached.</source>
        <translation>ཡིག་ཆ་འདི་འདྲ་ཁ་སྣོན་མི་ཆོག</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>ཡིག་ཆ་ལ་སྐྱོན་ཡོད</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>ཡིག་ཆ་ཁ་འབྱེད་མི་ཐུབ</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ཡིག་ཆ་སྟོང་པ་རེད</translation>
    </message>
    <message>
        <source>The township cannot be reached. Try again later.</source>
        <translation>ཤང་དང་སྦྲེལ་མེད་པ། རྗེས་སུ་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་པ</translation>
    </message>
    <message>
        <source>The network asks for a sign-in page first.</source>
        <translation>དྲ་རྒྱར་སྔོན་ལ་ཐོ་འཇུག་དགོས</translation>
    </message>
    <message>
        <source>The township server is busy. Try again later.</source>
        <translation>ཤང་གི་(服务器)ལས་ཀ་མང། རྗེས་སུ་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་པ</translation>
    </message>
    <message>
        <source>The server is not the one this code was made for. Do not continue; call the township.</source>
        <translation>(服务器)དེ་ར་སྤྲོད་ཨང་རྟགས་འདི་དང་མི་མཐུན། མུ་མཐུད་མ་བྱེད། ཤང་ལ་ཁ་པར་གཏོང་རོགས</translation>
    </message>
    <message>
        <source>The code is not complete. Check it.</source>
        <translation>ར་སྤྲོད་ཨང་རྟགས་ཆ་མི་ཚང ཞིབ་བཤེར་རོགས</translation>
    </message>
    <message>
        <source>The server address starts with https://</source>
        <translation>(服务器地址) https:// ནས་འགོ་འཛུགས</translation>
    </message>
    <message>
        <source>This code is too short. Ask the township for the long code.</source>
        <translation>ར་སྤྲོད་ཨང་རྟགས་ཐུང་དྲགས། ཤང་ལ་ཨང་རྟགས་རིང་པོ་ཞུ་རོགས</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>འདི་འབྲི་དགོས</translation>
    </message>
    <message>
        <source>The township changed this application meanwhile. Sync again; then check it.</source>
        <translation>ཤང་གིས་རེ་ཞུ་འདི་བཟོ་བཅོས་བྱས། ཡང་བསྐྱར་མཉམ་བགྲོད་བྱས་ནས་ཞིབ་བཤེར་རོགས</translation>
    </message>
    <message>
        <source>The township refused this entry as incomplete. Open it, fix it, send again.</source>
        <translation>ཤང་གིས་ཆ་མི་ཚང་བས་ལེན་མ་བྱས། ཁ་འབྱེད་ནས་བཟོ་བཅོས་བྱས་ཏེ་བསྐྱར་འབུལ་རོགས</translation>
    </message>
    <message>
        <source>This laptop is no longer enrolled. Enroll it again.</source>
        <translation>གློག་ཀླད་འདིའི་ཐོ་འགོད་དུས་ལས་ཡོལ་བ། ཡང་བསྐྱར་ཐོ་འགོད་རོགས</translation>
    </message>
    <message>
        <source>Held back by the township (%1). Call the township center.</source>
        <translation>ཤང་གིས་བཀག (%1) ཤང་གི་ཞབས་ཞུའི་ལྟེ་གནས་ལ་ཁ་པར་གཏོང་རོགས</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to VillageDesk</source>
        <translation>VillageDesk ལ་དགའ་བསུ་ཞུ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>སྐད་ཡིག</translation>
    </message>
    <message>
        <source>Enroll this laptop with the township: type the server address and the one-time code the township center gave you.</source>
        <translation>གློག་ཀླད་འདི་ཤང་དུ་ཐོ་འགོད: ཤང་གི་ཞབས་ཞུའི་ལྟེ་གནས་ནས་སྤྲད་པའི་(服务器地址)དང་ར་སྤྲོད་ཨང་རྟགས་འབྲི་རོགས</translation>
    </message>
    <message>
        <source>Township server</source>
        <translation>ཤང་གི་(服务器)</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>ར་སྤྲོད་ཨང་རྟགས (一次性)</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>ཐོ་འགོད</translation>
    </message>
    <message>
        <source>Later (work offline)</source>
        <translation>རྗེས་སུ (འཁོར་བྲལ)</translation>
    </message>
    <message>
        <source>Type the server address and the code.</source>
        <translation>(服务器地址)དང་ར་སྤྲོད་ཨང་རྟགས་འབྲི་རོགས</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>ཐོ་འགོད་བྱེད་བཞིན་པ…</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>State</source>
        <translation>རྣམ་པ</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>ཨང་གྲངས (办件编号)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>ཞུ་མཁན</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>ཞབས་ཞུ (事项)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>དུས་བཅད་ཚེས་གྲངས</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>ལྷག་མ (剩余)</translation>
    </message>
    <message>
        <source>Open to fix the returned materials</source>
        <translation>ཕྱིར་ལོག་བྱས་པའི་ཡིག་ཆ་ཁ་འབྱེད་ནས་བཟོ་བཅོས (补正)</translation>
    </message>
    <message>
        <source>Print the decision document</source>
        <translation>(决定书) པར་འདེབས</translation>
    </message>
    <message>
        <source>Print the notice of not accepting</source>
        <translation>(不予受理通知书) པར་འདེབས</translation>
    </message>
    <message>
        <source>Print the acceptance notice</source>
        <translation>(受理通知书) པར་འདེབས</translation>
    </message>
    <message>
        <source>Hand over the result</source>
        <translation>(办理结果) སྤྲོད་པ</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>ལེན་མཁན (领取人)</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>གཏན་འཁེལ་ཐབས</translation>
    </message>
    <message>
        <source>Rating (好差评)</source>
        <translation>དཔྱད་བརྗོད (好差评)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>བསམ་ཚུལ (意见)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>མིང་རྟགས</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>(按手印) མཛུབ་རྟགས</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>དཔྱད་བརྗོད་མེད (未评价)</translation>
    </message>
    <message>
        <source>Record the delivery</source>
        <translation>སྤྲོད་པ་ཐོ་འགོད (送达)</translation>
    </message>
    <message>
        <source>Deadlines count working days from the township&apos;s acceptance date. * = the holiday schedule for that year is not official yet.</source>
        <translation>དུས་བཅད་ཚེས་གྲངས་ནི་ཤང་གིས་(受理)བྱས་པའི་ཚེས་གྲངས་ནས་(工作日)བགྲང་། * = ལོ་དེའི་(节假日)གཞུང་འབྲེལ་སྤྱི་བསྒྲགས་བྱས་མེད</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>རྗེས་འདེད་བྱ་རྒྱུ་མེད (跟进)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>རྣམ་པ: %1</translation>
    </message>
    <message>
        <source>Returned for correction. To fix: %1</source>
        <translation>(退回补正) བཟོ་བཅོས་དགོས: %1</translation>
    </message>
    <message>
        <source>Not accepted. Reason: %1</source>
        <translation>(不予受理) རྒྱུ་མཚན: %1</translation>
    </message>
    <message>
        <source>Write who received the result.</source>
        <translation>ལེན་མཁན་(领取人)འབྲི་རོགས</translation>
    </message>
    <message>
        <source>Delivery recorded.</source>
        <translation>(送达) ཐོ་འགོད་གྲུབ་ཟིན</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VillageDesk — village proxy point</source>
        <translation>VillageDesk — གྲོང་ཚོའི་ཞབས་ཞུ (代办点)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>རྗེས་འདེད (跟进)</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>ཞུ་མཁན</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>རེ་ཞུ་གསར་བཟོ</translation>
    </message>
    <message>
        <source>Service catalog</source>
        <translation>ཞབས་ཞུའི་གསལ་ཐོ</translation>
    </message>
    <message>
        <source>Outbox and sync</source>
        <translation>བསྐུར་རྒྱུ་དང་མཉམ་བགྲོད</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>(送件) ཡིག་ཆ་སྐྱེལ་བ</translation>
    </message>
    <message>
        <source>Consultations and visits</source>
        <translation>བློ་འདྲི་དང་(上门服务)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>སྒྲིག་འགོད</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>(锁定) སྒོ་བརྒྱབ</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ཐོ་འབུད</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>ཐོ་འཇུག: %1</translation>
    </message>
    <message>
        <source>You took over the open work (AB岗); it is recorded on each application.</source>
        <translation>ཁྱེད་ཀྱིས་ལས་ཀ་ལེན་ཟིན (AB岗)། རེ་ཞུ་རེ་རེར་ཐོ་འགོད་བྱས་ཟིན</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>What</source>
        <translation>རིགས (类型)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ཨང་གྲངས</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ཞིབ་ཕྲའི་གནས་ཚུལ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ཆེ་ཆུང (大小)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>རྣམ་པ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ལམ་སེང་མཉམ་བགྲོད</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>USB ལ་ཕྱིར་འདྲེན…</translation>
    </message>
    <message>
        <source>Import from USB…</source>
        <translation>USB ནས་ནང་འདྲེན…</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>རེ་ཞུ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>ཞུ་མཁན</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>བློ་འདྲི</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>དུས་ཚོད (预约)</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>སྒོ་ཁར་ཞབས་ཞུ (上门服务)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ཞུ་གཏུག (投诉)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>དཔྱད་བརྗོད (评价)</translation>
    </message>
    <message>
        <source>Hand-over list</source>
        <translation>(交接)གསལ་ཐོ</translation>
    </message>
    <message>
        <source>The township is reachable.</source>
        <translation>ཤང་དང་སྦྲེལ་ཟིན</translation>
    </message>
    <message>
        <source>The township cannot be reached now; work goes on offline.</source>
        <translation>ད་ལྟ་ཤང་དང་སྦྲེལ་མེད་པ། འཁོར་བྲལ་ཐོག་ལས་ཀ་མུ་མཐུད་ཆོག</translation>
    </message>
    <message>
        <source>never</source>
        <translation>མེད</translation>
    </message>
    <message>
        <source>%1 change(s) waiting, %2 held back. Last successful sync: %3.</source>
        <translation>བསྐུར་རྒྱུ་ %1 བཀག་པ་ %2 མཉམ་བགྲོད་ལེགས་གྲུབ་མཐའ་མ: %3</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with the township yet.</source>
        <translation>གློག་ཀླད་འདི་ཤང་དུ་ཐོ་འགོད་བྱས་མེད</translation>
    </message>
    <message>
        <source>Syncing… you can keep working.</source>
        <translation>མཉམ་བགྲོད་བྱེད་བཞིན་པ… ལས་ཀ་མུ་མཐུད་ཆོག</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>སྦྲེལ་བཞིན་པ…</translation>
    </message>
    <message>
        <source>Sending files…</source>
        <translation>ཡིག་ཆ་སྐྱེལ་འཇོག་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>བཟོ་བཅོས་བསྐུར་བཞིན་པ…</translation>
    </message>
    <message>
        <source>Receiving from the township…</source>
        <translation>ཤང་ནས་ཕབ་ལེན་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>གྲུབ་ཁར…</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 received.</source>
        <translation>མཉམ་བགྲོད་གྲུབ་ཟིན: བསྐུར་བ་ %1 ཕབ་ལེན་ %2</translation>
    </message>
    <message>
        <source>Sync finished, but %1 change(s) were held back: see below.</source>
        <translation>མཉམ་བགྲོད་གྲུབ་ཟིན། འོན་ཀྱང་ %1 བཀག འོག་ཏུ་ལྟོས</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>USB ལ་ཕྱིར་འདྲེན</translation>
    </message>
    <message>
        <source>%1 change(s) written to %2.</source>
        <translation>%1 ནི་ %2 ལ་ཉར་ཚགས་བྱས་ཟིན</translation>
    </message>
    <message>
        <source>Import from USB</source>
        <translation>USB ནས་ནང་འདྲེན</translation>
    </message>
    <message>
        <source>Imported the township&apos;s batch.</source>
        <translation>ཤང་གི་ཡིག་ཆ་ནང་འདྲེན་གྲུབ་ཟིན</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>པར་འདེབས་སྔོན་ལྟ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>པར་འདེབས…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF གཞན་ཉར…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>ཡིག་ཆ་གྲ་སྒྲིག་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>ཤོག་ལྷེ་ %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF གཞན་ཉར</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>When</source>
        <translation>དུས་ཚོད</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>དྲི་བ (问题)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ལན (答复)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>ཚེས་གྲངས</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>དུས་ཚོད</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ས་གནས (地点)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>རྣམ་པ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>དམིགས་ཡུལ (事由)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>འབྲས་བུ (结果)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>འབྱོར་བའི་ཚེས་གྲངས</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>ལན་འདེབས་དུས་བཅད</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ཞུ་གཏུག (投诉)</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>བློ་འདྲི</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>དུས་ཚོད (预约)</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>སྒོ་ཁར་ཞབས་ཞུ (上门服务)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>ཞུ་གཏུག (投诉)</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>ལན (答复)</translation>
    </message>
    <message>
        <source>Item code (optional)</source>
        <translation>ཞབས་ཞུའི་ཨང་རྟགས (事项编码)</translation>
    </message>
    <message>
        <source>Free proxy</source>
        <translation>འགྲོ་སོང་མེད་པའི་ཞབས་ཞུ (免费代办)</translation>
    </message>
    <message>
        <source>ID number (optional)</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས</translation>
    </message>
    <message>
        <source>Elderly or disabled: free service</source>
        <translation>རྒན་རྒོན་དང་(残疾人): འགྲོ་སོང་མེད་པའི་ཞབས་ཞུ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ཁ་སྣོན</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ཉར་ཚགས་གྲུབ་ཟིན</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>སྐད་ཡིག</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>ཡི་གེ་ཆེ་བ</translation>
    </message>
    <message>
        <source>Lock after (minutes, 0 = never)</source>
        <translation>(锁定) སྐར་མ (0 = མེད)</translation>
    </message>
    <message>
        <source>Printed slips in</source>
        <translation>པར་འདེབས་ཀྱི་སྐད་ཡིག</translation>
    </message>
    <message>
        <source>Use larger text everywhere</source>
        <translation>ཡི་གེ་ཆེ་བ་སྤྱོད</translation>
    </message>
    <message>
        <source>Chinese and Tibetan</source>
        <translation>བོད་རྒྱ་སྐད་གཉིས</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>རྒྱ་ཡིག</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>བོད་ཡིག</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Agent</source>
        <translation>ལས་བྱེད་པ</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>གསང་ཨང</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>གསང་ཨང་ཡང་བསྐྱར</translation>
    </message>
    <message>
        <source>Take over the open work of %1 (AB岗)</source>
        <translation>%1 ཡི་ལས་ཀ་ལེན་པ (AB岗)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>(已锁定) སྒོ་བརྒྱབ་ཟིན</translation>
    </message>
    <message>
        <source>%1 stepped away. Type the PIN to continue.</source>
        <translation>%1 ཐོན་ཡོད། མུ་མཐུད་པར་གསང་ཨང་འབྲི་རོགས</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ཐོ་འཇུག</translation>
    </message>
    <message>
        <source>No agents yet: the roster comes from the township with the first sync.</source>
        <translation>ལས་བྱེད་པ་མེད: མཉམ་བགྲོད་དང་པོའི་རྗེས་ཤང་ནས་གསལ་ཐོ་འབྱོར</translation>
    </message>
    <message>
        <source>Set PIN and sign in</source>
        <translation>གསང་ཨང་སྒྲིག་འགོད་ནས་ཐོ་འཇུག</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>གསང་ཨང་གཉིས་མི་མཐུན</translation>
    </message>
</context>
<context>
    <name>TripsPage</name>
    <message>
        <source>Date</source>
        <translation>ཚེས་གྲངས</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ཕྱོགས (方向)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>གྲངས</translation>
    </message>
    <message>
        <source>Countersigned by</source>
        <translation>མིང་རྟགས་འགོད་མཁན</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>ཨང་གྲངས (办件编号)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ཡིག་ཆ (纸质材料)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>གྲངས</translation>
    </message>
    <message>
        <source>Originals to the township</source>
        <translation>མ་ཡིག ཤང་ལ</translation>
    </message>
    <message>
        <source>Results to the village</source>
        <translation>(办理结果) གྲོང་ཚོར</translation>
    </message>
    <message>
        <source>Originals to carry to the township</source>
        <translation>ཤང་ལ་སྐྱེལ་རྒྱུའི་མ་ཡིག</translation>
    </message>
    <message>
        <source>Results to bring back</source>
        <translation>ཕྱིར་ཁྱེར་རྒྱུའི་(办理结果)</translation>
    </message>
    <message>
        <source>Hand-over lists</source>
        <translation>(交接)གསལ་ཐོ</translation>
    </message>
    <message>
        <source>Make the hand-over list and print it</source>
        <translation>(交接)གསལ་ཐོ་བཟོ་ནས་པར་འདེབས</translation>
    </message>
    <message>
        <source>Make the list of results and print it</source>
        <translation>(办理结果)གསལ་ཐོ་བཟོ་ནས་པར་འདེབས</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>ཡང་བསྐྱར་པར་འདེབས</translation>
    </message>
    <message>
        <source>Name of the township staff who checked it</source>
        <translation>ཞིབ་བཤེར་བྱས་པའི་ཤང་གི་ལས་བྱེད་པའི་རུས་མིང</translation>
    </message>
    <message>
        <source>Record the countersignature</source>
        <translation>མིང་རྟགས་ཐོ་འགོད</translation>
    </message>
    <message>
        <source>Countersignature recorded.</source>
        <translation>མིང་རྟགས་ཐོ་འགོད་གྲུབ་ཟིན</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Draft</source>
        <translation>ཟིན་བྲིས (草稿)</translation>
    </message>
    <message>
        <source>Waiting for materials</source>
        <translation>ཡིག་ཆ་སྒུག་བཞིན་པ</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>བསྐུར་ཆོག</translation>
    </message>
    <message>
        <source>Queued to send</source>
        <translation>བསྐུར་རྒྱུ</translation>
    </message>
    <message>
        <source>Arrived at the township</source>
        <translation>ཤང་དུ་འབྱོར་ཟིན</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>རེ་ཞུ་ལེན་ཟིན (已受理)</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>(退回补正) ཕྱིར་ལོག</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>རེ་ཞུ་ལེན་མེད (不予受理)</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>ཞིབ་བཤེར་བྱེད་བཞིན་པ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>ཆོག་མཆན་ཐོབ</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>ཆོག་མཆན་མ་ཐོབ</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>(办理结果) གྲ་སྒྲིག་ཟིན</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>(已送达) སྤྲོད་ཟིན</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>(已撤回) ཕྱིར་ལོག</translation>
    </message>
    <message>
        <source>Original received</source>
        <translation>མ་ཡིག་འབྱོར</translation>
    </message>
    <message>
        <source>Original seen, copy kept</source>
        <translation>མ་ཡིག་ལྟ་ཞིབ། (复印件)ཉར</translation>
    </message>
    <message>
        <source>Copy received</source>
        <translation>(复印件) འབྱོར</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>ཆ་མི་ཚང</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>སྐྱོན་ཡོད</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>འབྲེལ་བ་མེད (不适用)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>ཞིབ་བཤེར་མ་བྱས</translation>
    </message>
    <message>
        <source>original</source>
        <translation>མ་ཡིག</translation>
    </message>
    <message>
        <source>original and copy</source>
        <translation>མ་ཡིག་དང་(复印件)</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>(复印件) པར་སློག</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>ཧ་ཅང་ཡིད་ཚིམ (非常满意)</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>ཡིད་ཚིམ (满意)</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>ཕལ་ཆེར་ཡིད་ཚིམ (基本满意)</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>ཡིད་མ་ཚིམ (不满意)</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>ཧ་ཅང་ཡིད་མ་ཚིམ (非常不满意)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>དུས་ཚོད་གཏན་འཁེལ (已预约)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>གྲུབ་ཟིན</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>འདོར་ཟིན</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>(未到) མ་འབྱོར</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>བྱེད་རྒྱུ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>བྱེད་བཞིན་པ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>གྲུབ་ཟིན (办结)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>སྒུག་བཞིན་པ</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>སྐྱེལ་འཇོག་བྱེད་བཞིན་པ</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>ཤང་དུ་འབྱོར་ཟིན</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>བཀག</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>དུས་ཚོད་མཚམས་འཇོགས (计时暂停)</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>དེ་རིང་དུས་བཅད</translation>
    </message>
    <message>
        <source>Overdue by %1 working days</source>
        <translation>དུས་ལས་ཡོལ་བ (工作日) %1</translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation>ལྷག་མ (工作日) %1</translation>
    </message>
</context>
</TS>
