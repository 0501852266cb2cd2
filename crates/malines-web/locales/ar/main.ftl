## واجهة Malines: العربية (المغرب). الإنجليزية هي اللغة المرجعية: يجب أن توجد
## هنا كل رسالة من locales/en/main.ftl، ولا شيء غيرها (وإلا فشلت اختبارات
## src/i18n.rs). الأرقام بالحروف اللاتينية كما في CLDR ar-MA.

app-name = Malines
skip-to-content = الانتقال إلى المحتوى
footer-safeguards = الروابط مجرد مؤشرات يتولى شخص تقييمها، وليست قرارات أبدًا. المعطيات الشخصية لا تغادر هذه العقدة أبدًا بصيغة مقروءة.
back-home = العودة إلى صفحة البداية
cancel = إلغاء
none = لا شيء
# CLDR ar-MA (latn): percent pattern "#,##0%", no space (النمط المئوي دون فاصل).
percent = { $value }%

## التصفح

nav-label = القائمة الرئيسية
nav-cases = الملفات
nav-links = الروابط
nav-graph = مخطط الروابط
nav-import = استيراد
nav-users = المستخدمون
nav-sign-out = تسجيل الخروج
language = اللغة
language-apply = تغيير

## تسجيل الدخول

sign-in-title = تسجيل الدخول
sign-in-submit = مواصلة
sign-in-hint = بعد إدخال كلمة المرور، سيُطلب منك الرمز المكوَّن من 6 أرقام الذي يعرضه تطبيق المصادقة لديك.
sign-in-refused = اسم المستخدم أو كلمة المرور غير صحيحة.
sign-in-locked = هذا الحساب مُقفَل بعد محاولات فاشلة متكررة. أعد المحاولة لاحقًا أو اتصل بمدير النظام.
field-username = اسم المستخدم
field-password = كلمة المرور
totp-title = العامل الثاني للمصادقة
field-totp = الرمز المعروض في تطبيق المصادقة
totp-hint = ستة أرقام؛ لا يمكن استعمال الرمز إلا مرة واحدة.
totp-submit = تسجيل الدخول
totp-refused = هذا الرمز غير صالح. أدخل الرمز الحالي.

## الأخطاء

error-title = حدث خطأ ما
error-sign-in = يرجى تسجيل الدخول.
error-forbidden = دورك لا يسمح بالوصول إلى هذه الصفحة.
error-not-found = لا يوجد شيء هنا، أو أنه ليس من ضمن ملفاتك.
error-csrf = انتهت صلاحية هذه الاستمارة أو أنها لم تصدر عن هذا الموقع. ارجع إلى الصفحة السابقة، وأعد تحميل الصفحة ثم حاول مرة أخرى.
error-bad-request = رُفض الطلب.
error-internal = حدث خطأ داخلي، وقد سُجِّل. يرجى إعادة المحاولة أو الاتصال بمدير النظام.
# $field (نص): تسمية الحقل، مترجمة مسبقًا.
error-field-required = حقل «{ $field }» إلزامي
# $n (عدد): عدد الأخطاء في الاستمارة. انظر الملاحظة عند cases-count بشأن [other].
form-errors =
    { $n ->
        [zero] لا تتضمن الاستمارة أي خطأ. لم يُحفظ أي شيء.
        [one] تتضمن الاستمارة خطأً واحدًا. لم يُحفظ أي شيء.
        [two] تتضمن الاستمارة خطأين. لم يُحفظ أي شيء.
        [few] تتضمن الاستمارة { $n } أخطاء. لم يُحفظ أي شيء.
        [many] تتضمن الاستمارة { $n } خطأً. لم يُحفظ أي شيء.
       *[other] عدد الأخطاء في الاستمارة: { $n }. لم يُحفظ أي شيء.
    }

## الأدوار

role-prosecutor = عضو النيابة العامة
role-clerk = كاتب الضبط
role-validator = القاضي المصادِق
role-auditor = مدقق حماية المعطيات
role-admin = مدير النظام
role-responder = فريق الرد

## قائمة الملفات

cases-title = الملفات
case-title = الملف
cases-filter = تصفية الملفات
cases-search = المرجع أو العنوان
cases-review-due = المراجعة مستحقة خلال 90 يومًا
cases-none = لا يوجد أي ملف مطابق. لا تُعرض إلا ملفات فرقك.
cases-subjects = المعنيون بالأمر
cases-identifiers = المعرِّفات
# $n (عدد): عدد الملفات المعروضة.
# الفئات الست لقواعد الجمع في CLDR للعربية:
# zero = 0، one = 1، two = 2، few = 3–10، many = 11–99، other = 100 وما فوق.
# Note for translators: with fluent-bundle 0.16 (intl_pluralrules 7.0.2) every
# integer from 100 up selects [other], although CLDR puts 103–110 in "few" and
# 111–199 in "many" (the library drops the "% 100"). Keep [other] worded so
# that it agrees with any number ("عدد الملفات: N"), not "N ملف".
# The same applies to every message below that selects on $n.
cases-count =
    { $n ->
        [zero] لا توجد ملفات
        [one] ملف واحد
        [two] ملفان
        [few] { $n } ملفات
        [many] { $n } ملفًا
       *[other] عدد الملفات: { $n }
    }
filter-any = أيٌّ كان
filter-all = الكل
filter-none = —
filter-apply = تطبيق
review-overdue = تجاوز أجل المراجعة
case-new = ملف جديد

## حقول الملف

field-reference = المرجع
field-title = العنوان
field-stage = مرحلة المسطرة
field-status = الحالة
field-terrorism-type = نوع الإرهاب
field-offences = الأفعال الجرمية (فعل واحد في كل سطر)
field-legal-qualification = التكييف القانوني
field-group = الانتماء إلى جماعة
field-opened-on = تاريخ الفتح
field-review-due = أجل المراجعة
field-team = الفريق (أسماء المستخدمين)
field-ref = المرجع
field-name = الاسم
field-family-names = الأسماء العائلية
field-given-names = الأسماء الشخصية
field-original-script = الاسم بالكتابة الأصلية
field-aliases = الأسماء المستعارة (مفصولة بـ ;)
field-birth-date = تاريخ الازدياد
field-place-of-birth = مكان الازدياد
field-nationalities = الجنسيات
field-sex = الجنس
field-residence = محل الإقامة
field-shared = مُشارَك
field-shared-with-hub = المشاركة لأغراض الربط
field-identifier-type = النوع
field-value = القيمة
field-subject = المعني بالأمر
field-subject-ref = المعني بالأمر (المرجع)
field-doc-type = نوع الوثيقة
field-country = البلد
field-platform = المنصة
field-role = الدور
field-display-name = الاسم الكامل

stage-investigation = البحث والتحقيق
stage-prosecution = المتابعة
stage-trial = المحاكمة
stage-final_judgment = حكم نهائي
stage-acquittal = البراءة
stage-not_prosecuted = حفظ الملف
status-open = مفتوح
status-closed = مغلق
terrorism-jihadist = جهادي
terrorism-ethno_nationalist_separatist = عرقي قومي وانفصالي
terrorism-left_wing_anarchist = يساري متطرف وفوضوي
terrorism-right_wing = يميني متطرف
terrorism-single_issue = أحادي القضية
terrorism-other = آخر
terrorism-unspecified = غير محدد
sex-f = أنثى
sex-m = ذكر
sex-x = غير معروف
doc-passport = جواز السفر
doc-national_id = البطاقة الوطنية للتعريف
doc-residence_permit = بطاقة الإقامة
doc-driving_licence = رخصة السياقة
doc-other = وثيقة أخرى
kind-phone = الهاتف
kind-email = البريد الإلكتروني
kind-identity_document = وثيقة الهوية
kind-iban = IBAN
kind-imei = IMEI
kind-imsi = IMSI
kind-ip_address = عنوان IP
kind-crypto_address = عنوان عملة مشفرة
kind-social_media = حساب على شبكة تواصل اجتماعي
kind-vehicle_plate = لوحة ترقيم المركبة
kind-domain = اسم النطاق
shared-yes = مُشارَك
shared-no = محفوظ في هذه العقدة

## صفحة الملف

case-edit = تعديل
case-version = النسخة
case-persons = الأشخاص
case-organisations = التنظيمات
case-identifiers = المعرِّفات
case-links = الروابط مع سلطات أخرى
case-no-links = لا توجد أي روابط حتى الآن.
case-sharing-explained = ما عُلِّم كمُشارَك تتم مقارنته بملفات السلطات الأخرى في شكل ترميزات بمفتاح؛ ولا تغادر الأسماء والتواريخ والأرقام هذه العقدة أبدًا بصيغة مقروءة. أما ما يُحفظ في هذه العقدة فلا تتم مقارنته أبدًا.
case-review-overdue-notice = انقضى تاريخ مراجعة هذا الملف: لم يعد يُقارَن بملفات السلطات الأخرى وسُحبت روابطه، إلى أن يراجعه أحد أعضاء فريقه ويحدد تاريخًا جديدًا.
case-closed-notice = هذا الملف مغلق: لم يعد يُقارَن بملفات السلطات الأخرى.

## استمارة الملف

case-new-title = ملف جديد
case-edit-title = تعديل الملف
case-section-case = الملف
case-form-hint =
    { $n ->
        [one] التواريخ بصيغة YYYY-MM-DD (السنة-الشهر-اليوم). إذا لم يُحدَّد تاريخ المراجعة، يُضبط على سنة واحدة بعد فتح الملف، ولا يجوز أن يتجاوز سنة واحدة من اليوم.
        [two] التواريخ بصيغة YYYY-MM-DD (السنة-الشهر-اليوم). إذا لم يُحدَّد تاريخ المراجعة، يُضبط على سنتين بعد فتح الملف، ولا يجوز أن يتجاوز سنتين من اليوم.
       *[other] التواريخ بصيغة YYYY-MM-DD (السنة-الشهر-اليوم). إذا لم يُحدَّد تاريخ المراجعة، يُضبط على { $n } سنوات بعد فتح الملف، ولا يجوز أن يتجاوز { $n } سنوات من اليوم.
    }
case-save = حفظ
row-add-person = إضافة شخص
row-add-organisation = إضافة تنظيم
row-add-identifier = إضافة معرِّف
# $n (نص): رقم السطر.
row-person = الشخص { $n }
row-organisation = التنظيم { $n }
row-identifier = المعرِّف { $n }
identifier-form-hint = أرقام الهاتف بالصيغة الدولية (+32…) أو كما تُركَّب داخل هذا البلد؛ وتستلزم الوثائق ذكر نوعها وبلد إصدارها؛ ولوحات الترقيم ذكر بلدها؛ والحسابات ذكر منصتها.

## الاستيراد

import-title = استيراد ملفات
import-explained = ملف بيانات بصيغة CSV أو JSON يتضمن ملفات (الصيغة موضحة في docs/import.md). يُفحص ملف البيانات بأكمله أولًا: إما أن تُحفظ جميع الملفات، وإما ألا يُحفظ أي منها وتحصل على قائمة المشكلات.
import-file = ملف البيانات
import-file-hint = بصيغة .csv أو .json، وبحجم أقصاه 64 MiB.
import-submit = التحقق والاستيراد
import-no-file = اختر ملف بيانات.
import-bad-extension = يجب أن ينتهي اسم ملف البيانات بـ .csv أو .json.
import-not-your-case = هذا المرجع غير متاح لك.
# $file (نص): اسم ملف البيانات.
import-refused = { $file }: مرفوض، لم يُحفظ أي شيء
# $n (عدد)
import-problems =
    { $n ->
        [zero] لا توجد أي مشكلة يجب تصحيحها:
        [one] مشكلة واحدة يجب تصحيحها:
        [two] مشكلتان يجب تصحيحهما:
        [few] { $n } مشكلات يجب تصحيحها:
        [many] { $n } مشكلةً يجب تصحيحها:
       *[other] المشكلات الواجب تصحيحها (العدد: { $n }):
    }
import-line = السطر
import-field = الحقل
import-reason = المشكلة
import-done = { $file }: تم الاستيراد
import-created =
    { $n ->
        [zero] لم يُنشأ أي ملف
        [one] أُنشئ ملف واحد
        [two] أُنشئ ملفان
        [few] أُنشئت { $n } ملفات
        [many] أُنشئ { $n } ملفًا
       *[other] عدد الملفات المُنشأة: { $n }
    }
import-updated =
    { $n ->
        [zero] لم يُحيَّن أي ملف
        [one] حُيِّن ملف واحد
        [two] حُيِّن ملفان
        [few] حُيِّنت { $n } ملفات
        [many] حُيِّن { $n } ملفًا
       *[other] عدد الملفات المحيَّنة: { $n }
    }
import-unchanged =
    { $n ->
        [zero] لا يوجد أي ملف دون تغيير
        [one] ملف واحد دون تغيير
        [two] ملفان دون تغيير
        [few] { $n } ملفات دون تغيير
        [many] { $n } ملفًا دون تغيير
       *[other] عدد الملفات التي لم تتغير: { $n }
    }

## الروابط

links-title = الروابط
link-title = الرابط
links-explained = يعني الرابط أن ملفًا لدى سلطة أخرى يتعلق بالشخص نفسه أو الهاتف أو الوثيقة أو الحساب نفسه الذي يتعلق به أحد ملفاتك. ترى ما يستند إليه الرابط؛ وترى السلطة الأخرى الشيء نفسه من جهتها، ولا ترى بياناتك أبدًا.
links-filter = الروابط حسب الحالة
links-none = لا توجد روابط هنا.
links-unread = رسائل غير مقروءة
link-messages = الرسائل
link-messages-unread =
    { $n ->
        [zero] لا رسائل غير مقروءة
        [one] رسالة واحدة غير مقروءة
        [two] رسالتان غير مقروءتين
        [few] { $n } رسائل غير مقروءة
        [many] { $n } رسالة غير مقروءة
       *[other] { $n } رسالة غير مقروءة
    }
link-status-new = جديد
link-status-seen = اطُّلع عليه
link-status-followed_up = اتُّخذ بشأنه إجراء
link-status-dismissed = مستبعَد
link-retracted = مسحوب
link-my-case = ملفي
link-other-authority = السلطة الأخرى
link-other-case = ملف السلطة الأخرى (رمز مميِّز)
link-on = على أساس
link-score = درجة القوة
link-received = تاريخ الاستلام
link-reason = سبب الاستبعاد
# $authority (نص): رمز السلطة الأخرى.
link-with = رابط مع { $authority }
link-retracted-notice = سُحب هذا الرابط: أحد الملفين تغيَّر أو أُغلق أو توقف عن مشاركة ما أدى إلى إنشاء الرابط.
link-no-decision = هذا الرابط مجرد مؤشر وليس نتيجة ثابتة: قارن العناصر، وإذا تأكدت، اتصل بالسلطة الأخرى.
link-evidence = عناصر التطابق
link-evidence-explained = أيٌّ من سجلاتك طابق أحد سجلات السلطة الأخرى، وفي أي نوع من البيانات، وبأي درجة. تبقى سجلات السلطة الأخرى لديها.
evidence-my-record = سجلي
evidence-strength = درجة القوة
evidence-detail = التفاصيل
evidence-given = الأسماء الشخصية
evidence-family = الأسماء العائلية
evidence-dob = تاريخ الازدياد
evidence-swapped = تطابق الأسماء بشكل متقاطع (الشخصي مع العائلي)
evidence-place = مكان الولادة
evidence-variants = الأسماء المستعملة (لديَّ / لدى السلطة الأخرى)
evidence-exact = القيمة نفسها، بالضبط
variant-registered = الاسم كما هو مسجل
variant-other = اسم مستعار أو كتابة أصلية
similarity-missing = غير متوفر لدى أحد الجانبين
strength-exact = تام
strength-strong = قوي
strength-good = جيد
strength-weak = ضعيف
dob-same_day = التاريخ نفسه
dob-same_month = الشهر والسنة نفسهما (تاريخ جزئي لدى أحد الجانبين)
dob-same_year = السنة نفسها (تاريخ جزئي لدى أحد الجانبين)
dob-one_digit_differs = اختلاف رقم واحد (خطأ مطبعي محتمل)
dob-day_month_swapped = تبادل اليوم والشهر
dob-same_year_day_or_month_differs = السنة نفسها، مع اختلاف اليوم أو الشهر
dob-year_differs = اختلاف السنة
dob-different = مختلف
dob-unknown = غير متوفر لدى أحد الجانبين
place-same = المكان نفسه
place-different = مكانان مختلفان
on-person = شخص
on-organisation = تنظيم
on-phone = هاتف
on-email = بريد إلكتروني
on-identity_document = وثيقة هوية
on-iban = IBAN
on-imei = IMEI
on-imsi = IMSI
on-ip_address = عنوان IP
on-crypto_address = عنوان عملة مشفرة
on-social_media = حساب على شبكة تواصل اجتماعي
on-vehicle_plate = لوحة ترقيم مركبة
on-domain = اسم نطاق
link-handle = ما العمل بشأنه
link-mark-followed-up = تسجيل أنه اتُّخذ بشأنه إجراء
link-dismiss-reason = سبب استبعاده
link-dismiss = استبعاد
link-reason-required = بيِّن سبب استبعاد الرابط.
link-reopen = إعادة إلى صندوق الوارد

## البلدان

country-BE = بلجيكا
country-FR = فرنسا
country-ES = إسبانيا
country-MA = المغرب
country-NL = هولندا
country-DE = ألمانيا
country-IT = إيطاليا
country-PT = البرتغال

## مخطط الروابط

graph-title = مخطط الروابط
graph-desc = ملفاتك وملفات السلطات الأخرى المرتبطة بها؛ الخطوط الأسمك روابط أقوى، والخطوط المتقطعة روابط مسحوبة.
graph-explained = كل ملف من ملفاتك موصول بملفات السلطات الأخرى المرتبط بها، ملوَّنةً حسب البلد. اختر ملفًا أو خطًا لفتحه.
graph-legend-own = ملفي
graph-legend-retracted = رابط مسحوب
# $case (نص): مرجع الملف.
graph-own-case = ملفي { $case }

## الحساب

profile-title = حسابي
profile-role-explained = دورك يحدد ما يمكنك القيام به هنا. لا ترى إلا ملفات فرقك.

## المستخدمون (مديرو النظام)

users-title = المستخدمون
users-action = الإجراء
users-active = نشِط
users-disabled = معطَّل
users-locked = مُقفَل
users-enable = تفعيل
users-disable = تعطيل
users-add = إضافة مستخدم
users-add-submit = إنشاء
users-password-hint = كلمة مرور مؤقتة: سلّمها للمستخدم عبر قناة أخرى؛ سيختار كلمته الخاصة عند أول تسجيل دخول.
# $user (نص)
users-created = تم إنشاء حساب { $user }

## Enrolment

enrol-title = اختر كلمة المرور والعامل الثاني
enrol-explained = أنشأ مسؤول حسابك أو أعاد تعيينه. اختر كلمة مرورك الخاصة، ثم أضف هذا السر إلى تطبيق المصادقة وأدخل الرمز الذي يظهره. بعد ذلك لن يعرف أحد غيرك أيًّا منهما.
enrol-secret = السر الخاص بتطبيق المصادقة
enrol-uri = عنوان otpauth (لرمز QR)
field-new-password = كلمة المرور الجديدة
field-confirm-password = كلمة المرور الجديدة مرة أخرى
enrol-submit = حفظ وتسجيل الدخول
enrol-passwords-differ = كلمتا المرور غير متطابقتين.
enrol-password-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.
enrol-bad-code = هذا الرمز لا يطابق السر أعلاه. تحقق من ساعة جهازك وأدخل الرمز الحالي.
users-enrol-next = عند أول تسجيل دخول، يختار المستخدم كلمة مروره ويسجّل عامله الثاني بنفسه: لن تعرف أيًّا منهما.

## Audit

nav-audit = التدقيق
audit-title = سجل التدقيق
audit-explained = يُسجَّل هنا كل تسجيل دخول وكل اطلاع على بيانات ملف وكل تعديل وكل إجراء بشأن رابط، في شجرة ميركل لا يُسمح فيها إلا بالإضافة (RFC 9162). تتيح رؤوس الشجرة الموقعة لمن احتفظ بأحدها أن يثبت لاحقًا أنه لم يُعَد كتابة شيء قبله.
audit-size = القيود
audit-root = البصمة الجذرية
audit-verify = توقيع رأس والتحقق من السجل كاملاً
audit-verified = السجل سليم. عدد القيود المعاد قراءتها: { $n }. الجذر:
audit-verify-problem = السجل غير سليم:
audit-cli = تتحقق هيئة الرقابة عبر سطر الأوامر انطلاقًا من رأس احتفظت به:
audit-heads = رؤوس الشجرة الموقعة
audit-no-heads = لا يوجد رأس موقع بعد.
audit-at = الوقت
audit-entries = آخر القيود
audit-actor = من
audit-action = ماذا
audit-target = على ماذا
audit-purpose = الغرض
audit-detail = تفاصيل

## Retention

field-decided-on = تاريخ القرار (حكم، براءة، حفظ)
case-kept-until = محفوظ إلى غاية

## أسباب الرفض (src/reasons.rs). تحررها حزم المجال بالإنجليزية، وتترجمها هذه
## الرسائل. تحتفظ المتغيرات بنص السبب كما هو: القيم التي أدخلها المستخدم
## ($value و$date و$ref…)، والتواريخ، والأعداد، والمناطق، وقوائم القيم المقبولة.
## المتغيرات $…_label هي تسمية الواجهة لقيمة مسجلة.
## تجنبًا لصيغ الجمع، تُذكر الأعداد بعد عبارة «العدد:» أو ما يماثلها.

reason-required = حقل إلزامي
# $n (نص): الطول المُدخل؛ $max (نص): الحد الأقصى المسموح به.
reason-text-too-long = يتجاوز الطول المسموح به (عدد الأحرف: { $n }، والحد الأقصى: { $max })
reason-control-characters = يتضمن أحرف تحكم
reason-direction-control = يتضمن حرف تحكم في اتجاه النص
reason-too-many-entries-counted = يتضمن عددًا مفرطًا من العناصر (العدد: { $n }، والحد الأقصى: { $max })
reason-too-many-entries = يتضمن عددًا مفرطًا من العناصر (الحد الأقصى: { $max })
# $i (نص): رتبة العنصر؛ $reason (نص): السبب، مترجمًا.
reason-list-entry = العنصر { $i }: { $reason }
reason-shared-not-yes-no = shared: القيمة «{ $value }» ليست «نعم» ولا «لا»
reason-not-yes-no = القيمة «{ $value }» ليست «نعم» ولا «لا»
reason-incomplete-record = سجل غير مكتمل
reason-date-malformed = «{ $value }» ليس تاريخًا (الصيغة المتوقعة: YYYY أو YYYY-MM أو YYYY-MM-DD)
# $month (نص): اسم الشهر بالإنجليزية؛ $month_label: الشهر نفسه بالعربية.
reason-date-no-such-day = «{ $value }» ليس تاريخًا: شهر { $month_label } { $year } لا يتضمن اليوم { $day }
# $value (نص): اسم شهر بالإنجليزية، من January إلى December. أسماء الشهور كما في CLDR ar-MA.
reason-month =
    { $value ->
        [January] يناير
        [February] فبراير
        [March] مارس
        [April] أبريل
        [May] ماي
        [June] يونيو
        [July] يوليوز
        [August] غشت
        [September] شتنبر
        [October] أكتوبر
        [November] نونبر
        [December] دجنبر
       *[other] { $value }
    }
reason-year-malformed = «{ $value }» ليست سنة
reason-year-out-of-range = السنة { $year } خارج الفترة المقبولة ({ $min }–{ $max })
reason-month-malformed = «{ $value }» ليس شهرًا
reason-month-unknown = الشهر { $month } غير موجود
reason-date-not-full = «{ $value }» ليس تاريخًا كاملًا (الصيغة المتوقعة: YYYY-MM-DD)
# $expected (نص): القيم المقبولة، كما تُكتب.
reason-unknown-stage = «{ $value }» ليست مرحلة مسطرة معروفة (القيم المقبولة: { $expected })
reason-unknown-status = «{ $value }» ليست حالة معروفة (القيم المقبولة: { $expected })
reason-unknown-terrorism-type = «{ $value }» ليس نوع إرهاب معروفًا (القيم المقبولة: { $expected })
reason-unknown-sex = «{ $value }» ليست قيمة معروفة للجنس (القيم المقبولة: { $expected })
reason-unknown-identifier-type = «{ $value }» ليس نوع معرِّف معروفًا (القيم المقبولة: { $expected })
reason-unknown-document-type = «{ $value }» ليس نوع وثيقة معروفًا (القيم المقبولة: { $expected })
# $kind (نص): نوع المعرِّف كما هو مسجل (vehicle_plate)؛ $kind_label: تسميته.
reason-required-for-kind = إلزامي بالنسبة لمعرِّف من نوع «{ $kind_label }»
reason-person-needs-name = يجب أن يكون للشخص اسم عائلي أو اسم شخصي أو اسم بالكتابة الأصلية
reason-date-in-future = «{ $date }» تاريخ في المستقبل
reason-ref-used-twice = المرجع «{ $ref }» مُسنَد إلى اثنين من المعنيين بالأمر في هذا الملف
reason-subject-unknown = المرجع «{ $ref }» لا يحيل على أي شخص أو تنظيم في هذا الملف
reason-before-opening = سابق لتاريخ فتح الملف ({ $date })
reason-review-too-far-yearly = يقع بعد { $latest }: يُراجَع الملف هنا مرة واحدة على الأقل كل سنة، فموعد مراجعته القادمة لا يتجاوز هذا التاريخ؛ القيمة المدخلة { $date }
reason-review-too-far = يقع بعد { $latest }: يُراجَع الملف هنا مرة على الأقل { $n ->
        [two] كل سنتين
       *[other] كل { $n } سنوات
    }، فموعد مراجعته القادمة لا يتجاوز هذا التاريخ؛ القيمة المدخلة { $date }
# $stage (نص): المرحلة كما هي مسجلة (trial)؛ $stage_label: تسميتها.
reason-decision-date-stage = لا يخص إلا حكمًا نهائيًا أو حكمًا بالبراءة أو قرارًا بحفظ الملف (مرحلة المسطرة هي «{ $stage_label }»)؛ التاريخ المُدخل: { $date }
reason-too-long-max = يتجاوز الطول المسموح به (الحد الأقصى لعدد الأحرف: { $max })
reason-case-ref-characters = لا يمكن أن يتضمن إلا حروفًا وأرقامًا ومسافات و- _ / . :
reason-subject-ref-format = يجب أن يتكون من 1 إلى 32 حرفًا من بين الحروف اللاتينية (ASCII) والأرقام و«-» و«_» و«.»
reason-username-length = يجب أن يتراوح طوله بين 1 و64 حرفًا
reason-username-characters = لا يمكن أن يتضمن إلا a-z و0-9 و«.» و«_» و«-»
reason-password-too-short = يجب ألا يقل عدد أحرفه عن { $min }
reason-password-too-long = يجب ألا يتجاوز حجمه { $max } بايت
reason-file-too-large = يتجاوز الحجم المسموح به (الحجم بالبايت: { $size }، والحد الأقصى: { $max })
reason-not-utf8 = ليس نصًا صالحًا بترميز UTF-8
reason-no-case = لا يتضمن أي ملف
# $line (نص): سطر ملف البيانات الذي ورد فيه الملف أول مرة.
reason-case-repeated = الملف «{ $ref }» وارد من قبل في السطر { $line }
# $known (نص): أعمدة الصيغة، مفصولة بفواصل.
reason-csv-unknown-column = ليس عمودًا معروفًا (الأعمدة المعروفة: { $known })
reason-csv-missing-column = هذا العمود غير موجود في سطر العناوين
reason-csv-repeated-column = هذا العمود وارد مرتين في سطر العناوين
reason-csv-record-required = حقل إلزامي (case أو person أو organisation أو identifier)
reason-csv-record-unknown = «{ $value }» ليس نوع سجل (القيم المتوقعة: case أو person أو organisation أو identifier)
# $record (نص): قيمة العمود record في السطر (case أو person…).
reason-csv-column-not-applicable = لا ينطبق على سطر من نوع «{ $record }»
reason-csv-case-row-repeated = للملف «{ $ref }» من قبل سطر من نوع case، في السطر { $line }
reason-csv-no-case-row = لا يتضمن ملف البيانات هذا أي سطر من نوع case للمرجع «{ $ref }»
# $cells (عدد): خانات السطر؛ $columns (عدد): أعمدة سطر العناوين.
reason-csv-cell-count = عدد الخانات في هذا السطر: { $cells }، في حين أن عدد أعمدة سطر العناوين: { $columns }
reason-csv-unreadable = تتعذر قراءته بصيغة CSV
reason-json-eof-list = نهاية غير متوقعة لملف البيانات أثناء قراءة قائمة
reason-json-eof-object = نهاية غير متوقعة لملف البيانات أثناء قراءة كائن
reason-json-eof-string = نهاية غير متوقعة لملف البيانات أثناء قراءة سلسلة نصية
reason-json-eof-value = نهاية غير متوقعة لملف البيانات أثناء قراءة قيمة
reason-json-expected-colon = كان متوقعًا `:`
reason-json-expected-comma-or-bracket = كان متوقعًا `,` أو `]`
reason-json-expected-comma-or-brace = كان متوقعًا `,` أو `{ "}" }`
reason-json-expected-ident = كانت متوقعة كلمة مفتاحية (true أو false أو null)
reason-json-expected-value = كانت متوقعة قيمة
reason-json-expected-quote = كانت متوقعة علامة تنصيص `"`
reason-json-invalid-escape = تسلسل هروب غير صالح
reason-json-invalid-number = عدد غير صالح
reason-json-number-out-of-range = عدد خارج النطاق المسموح به
reason-json-invalid-code-point = نقطة ترميز يونيكود غير صالحة
reason-json-control-character = حرف تحكم (\u0000-\u001F) داخل سلسلة نصية
reason-json-key-not-string = يجب أن يكون المفتاح سلسلة نصية
reason-json-lone-surrogate = بديل أمامي منفرد في تسلسل هروب ست عشري
reason-json-trailing-comma = فاصلة زائدة في نهاية قائمة أو كائن
reason-json-trailing-characters = أحرف زائدة بعد نهاية المعطيات
reason-json-hex-escape-end = نهاية غير متوقعة لتسلسل هروب ست عشري
reason-json-recursion-limit = تم تجاوز الحد الأقصى لعمق التداخل
# $found و$expected (نص): أنواع JSON (رسائل reason-part-…).
reason-json-invalid-type = نوع غير صالح: { $found }؛ المتوقع: { $expected }
# $field (نص): اسم حقل في ملف البيانات؛ $expected (نص): الأسماء المقبولة.
reason-json-unknown-field-one-of = حقل غير معروف `{ $field }`؛ الحقول المقبولة: { $expected }
reason-json-unknown-field-none = حقل غير معروف `{ $field }`؛ لا يُقبل أي حقل هنا
reason-json-unknown-field = حقل غير معروف `{ $field }`؛ الحقل المقبول: { $expected }
reason-json-missing-field = الحقل `{ $field }` ناقص
reason-json-duplicate-field = الحقل `{ $field }` مكرر
reason-json-no-variant = القيمة لا تطابق أيًا من الأشكال المقبولة ({ $name })
reason-ident-empty = فارغ
# $char (نص): الحرف بين علامتي تنصيص مفردتين، مثل '_' أو '\u{202e}'.
reason-ident-bad-character = يتضمن حرفًا غير مسموح به هنا: { $char }
# $found (عدد): الأحرف المعدودة؛ $expected (نص): رسالة reason-part-… أو عدد.
reason-ident-bad-length = عدد الأحرف: { $found }؛ المتوقع: { $expected }
# $check (نص): اسم التحقق (IBAN mod-97 أو IMEI Luhn أو bech32…).
reason-ident-checksum = لا يجتاز التحقق { $check }، والأرجح أنه أُدخل بشكل خاطئ
# $code (نص): الرمز بين علامتي تنصيص مزدوجتين.
reason-ident-unknown-country = { $code } ليس رمز بلد وفق معيار ISO 3166-1
reason-country-format = يجب أن يكون رمز بلد من حرفين وفق معيار ISO 3166-1، مثل MA أو FR
reason-crypto-unknown-prefix = يتضمن بادئة سلسلة كتل غير معروفة (البادئات المعروفة: btc, ltc, eth, trx)
# $chain و$claimed (نص): Bitcoin أو Litecoin أو Ethereum أو Tron.
reason-crypto-prefix-mismatch = عنوان { $chain }، لكن بادئته تشير إلى { $claimed }
reason-crypto-bech32 = ليس عنوان bech32 صالحًا (أحرف كبيرة وصغيرة مختلطة، أو حرف من خارج أبجديته)
reason-crypto-segwit = ليس عنوان SegWit صالحًا (إصدار الشاهد أو الطول)
reason-crypto-testnet = عنوان على شبكة اختبار، وليس عنوانًا حقيقيًا
reason-crypto-unrecognised = ليس عنوان عملة مشفرة معروفًا (Bitcoin أو Litecoin أو Ethereum أو Tron)
reason-crypto-version-byte = يتضمن بايت إصدار base58check لا يطابق أي سلسلة كتل مدعومة
reason-imsi-mcc = يجب أن يبدأ برمز البلد الخاص بشبكات الهاتف المحمول (MCC)، الذي لا يبدأ أبدًا بـ 0
reason-iban-country-code = يجب أن يبدأ برمز بلد من حرفين، مثل MA أو FR
reason-iban-no-iban = البلد { $code } لا يُصدر أرقام IBAN
reason-iban-check-digits = يجب أن يتضمن رقمي تحقق بعد رمز البلد
reason-domain-url = يبدو أنه رابط URL؛ أدخل اسم النطاق فقط، مثل example.org
reason-domain-email = يبدو أنه عنوان بريد إلكتروني؛ أدخل اسم النطاق فقط
reason-domain-idna = ليس اسم نطاق مُدوَّلًا صالحًا (IDNA)
reason-domain-two-labels = يجب أن يتضمن مقطعين على الأقل، مثل example.org
reason-domain-empty-label = يتضمن مقطعًا فارغًا (نقطتان متتاليتان)
reason-domain-long-label = يتضمن مقطعًا يتجاوز طوله 63 حرفًا
reason-domain-hyphen = يتضمن مقطعًا يبدأ أو ينتهي بشرطة
reason-domain-ip = عنوان IP، وليس اسم نطاق
reason-domain-numeric-tld = مقطع المستوى الأعلى فيه مكوَّن من أرقام فقط
reason-email-no-at = يجب أن يتضمن @
reason-email-several-at = يجب ألا يتضمن إلا @ واحدة
reason-email-nothing-before = لا يتضمن أي شيء قبل @
reason-email-nothing-after = لا يتضمن أي شيء بعد @
reason-email-misplaced-dot = يتضمن نقطة في غير موضعها قبل @ (في أحد الطرفين، أو نقطتين متتاليتين)
reason-email-local-too-long = يتضمن أكثر من 64 حرفًا قبل @
reason-ip-cidr = يجب أن يكون عنوانًا واحدًا، دون طول البادئة (CIDR)
reason-ip-zone = يجب ألا يتضمن مؤشر منطقة (الجزء الذي يلي %)
reason-ip-port = يجب ألا يتضمن رقم منفذ
reason-ip-invalid = ليس عنوان IPv4 أو IPv6 صالحًا
reason-phone-no-region = يجب أن يبدأ بـ + أو 00 متبوعًا برمز البلد عندما لا تُحدَّد أي منطقة
reason-phone-calling-code = يتضمن رمز اتصال دولي غير معروف
reason-phone-too-short = أقصر من أن يكون رقم هاتف
reason-phone-too-long = أطول من أن يكون رقم هاتف
reason-phone-invalid = ليس رقم هاتف
# $region (نص): رمز بلد (BE أو MA…).
reason-phone-invalid-for-region = ليس رقمًا صالحًا بالنسبة للمنطقة { $region }
reason-phone-invalid-international = ليس رقمًا دوليًا صالحًا
reason-phone-no-plan = المنطقة { $region } ليس لها مخطط ترقيم هاتفي
# $letter (نص): الحرف العربي بين علامتي تنصيص مفردتين.
reason-plate-arabic-letter = يتضمن الحرف العربي { $letter }، وهو ليس من حروف السلاسل المغربية (أ ب د ه و ط ي)؛ أدخل اللوحة كما تُقرأ بالحروف اللاتينية
reason-social-unknown-platform = يشير إلى منصة غير معروفة؛ استعمل إحدى القيم التالية: x, facebook, instagram, telegram, tiktok, youtube, snapchat, linkedin, discord, signal, whatsapp, threads, vk, other
# $platform (نص): اسم المنصة (Instagram أو Telegram…).
reason-social-other-site = رابط نحو موقع آخر، وليس نحو حساب على { $platform }
reason-social-signal-link = رابط Signal لا يمكن قراءته؛ أدخل اسم المستخدم أو رقم الهاتف
reason-social-not-account = رابط نحو { $platform }، لكنه لا يحيل على حساب
reason-social-discord-tag = وسم Discord قديم (name#1234) لم يعد فريدًا؛ أدخل اسم المستخدم الحالي أو المعرِّف الرقمي للمستخدم
reason-social-letter-first = يجب أن يبدأ بحرف (اسم مستخدم على { $platform })
reason-social-signal-username = يجب أن يكون اسم مستخدم على Signal مثل name.01 (اسم ونقطة ورقمان على الأقل)
reason-social-youtube-channel = ليس معرِّف قناة على YouTube (UC متبوعة بـ 22 حرفًا أو رقمًا أو «_» أو «-»)
# $user (نص): اسم مستخدم.
reason-team-not-member = «{ $user }» ليس عضوًا في النيابة العامة ولا كاتب ضبط ولا قاضيًا مصادِقًا في هذه العقدة
reason-team-must-include-you = يجب أن تكون أنت ضمن الفريق ({ $user })
reason-reference-taken = غير متاح: يستعمله ملف آخر
# $version (نص): رقم الإصدار الحالي للملف.
reason-version-conflict = عدّل شخص آخر هذا الملف منذ أن فتحت هذه الاستمارة (الإصدار الحالي: { $version })؛ أعد فتحه للاطلاع على تعديلاته، ثم أدخل تعديلاتك
# أجزاء تُدرج في الأسباب أعلاه.
reason-part-digits-range = من { $min } إلى { $max } من الأرقام
reason-part-digits-either = { $a } أو { $b } من الأرقام
reason-part-hex-after-0x = { $n } من الأرقام الست عشرية بعد 0x
reason-part-at-most = { $max } على الأكثر
reason-part-range-platform = من { $min } إلى { $max } ({ $platform })
reason-part-range = من { $min } إلى { $max }
reason-part-eip55 = EIP-55 (أحرف كبيرة وصغيرة)
reason-part-string-type = سلسلة نصية
reason-part-sequence = قائمة
reason-part-sequence-found = قائمة
reason-part-map = كائن
reason-part-struct = كائن { $name }
# $value (نص): القيمة كما كُتبت في ملف البيانات، بين علامتي تنصيص.
reason-part-integer = عدد صحيح { $value }
reason-part-float = عدد عشري { $value }
reason-part-boolean = قيمة منطقية { $value }
reason-part-string = سلسلة نصية { $value }

# The purpose of reading a case (SPEC §7)
purpose-title = لماذا تفتح هذا الملف؟
purpose-explained = يحتوي الملف { $case } على بيانات شخصية. تُسجَّل كل مراجعة في سجل التدقيق مع الغرض منها. يبقى جوابك ساريًا على هذا الملف إلى أن تسجّل خروجك.
purpose-legend = الغرض من الاطلاع
purpose-investigation = العمل على هذا التحقيق أو هذه المتابعة القضائية
purpose-review = المراجعة الدورية للملف
purpose-link_follow_up = متابعة ارتباط بملف سلطة أخرى
purpose-cooperation = طلب من سلطة أخرى أو من مزوّد خدمة
purpose-data_protection = طلب أو مراقبة تتعلق بحماية البيانات
purpose-other = غرض آخر (يُحدَّد أدناه)
purpose-detail = تفاصيل (إلزامية عند اختيار «غرض آخر»)
purpose-recorded = يُسجَّل الغرض واسمك والوقت في سجل التدقيق، الذي يمكن لهيئات مراقبة حماية البيانات التحقق منه.
purpose-continue = فتح الملف
purpose-cancel = العودة إلى الملفات
purpose-stated = الغرض المصرَّح به: { $purpose }
purpose-change = تغيير
reason-purpose-other-detail = إلزامي عندما يكون الغرض «غرضًا آخر»
reason-not-one-of = «{ $value }» ليس من بين: { $list }

# Messages between authorities about a link (SPEC §5)
messages-title = الرسائل مع السلطة الأخرى
messages-explained = لا تُرسَل الرسائل المتعلقة بهذا الارتباط إلا إلى { $authority }، مشفّرة من طرف إلى طرف: ينقلها المحور دون أن يتمكن من قراءتها. كل رسالة موقّعة من سلطتها، ويُتحقق من التوقيع في دليل الاتحاد.
messages-none = لا توجد رسائل بعد.
messages-bytes = بايت
messages-read-by = قرأها { $name }
messages-delivered = سُلّمت ولم تُقرأ بعد
messages-pending = في انتظار التسليم
messages-signature-bad = التوقيع غير صالح:
messages-signed-by = موقّعة من { $authority }، وتم التحقق منها في الدليل
messages-write = الكتابة إلى { $authority }
messages-attach = المرفقات (5 على الأكثر، 16 ميغابايت في المجموع)
messages-sealed = تُختم هنا للسلطة الأخرى وحدها؛ يُرسل معها اسمك والوقت، ويُسجَّل الإرسال في سجل التدقيق.
messages-send = إرسال

# Orders to providers (SPEC §6)
nav-orders = الأوامر
case-new-order = أمر جديد إلى مزوّد خدمة
orders-title = الأوامر الموجَّهة إلى مزوّدي الخدمات
orders-explained = أوامر تقديم المعطيات وحفظها المتعلقة بملفات فرقك، الأكثر استعجالًا أولًا. يصادق على كل أمر شخص ثانٍ، وتوقّعه هذه السلطة، ويُختم لمزوّد الخدمة وحده.
orders-new-hint = لتحرير أمر، افتح الملف المعني واختر «أمر جديد إلى مزوّد خدمة».
orders-none = لا توجد أوامر بعد.
order-title = الأمر
order-new-title = أمر جديد
order-print-title = شهادة الأمر
order-reference = المرجع
order-case = الملف
order-provider = مزوّد الخدمة
order-provider-state = دولة مزوّد الخدمة (حيث هو مؤسَّس أو ممثَّل)
order-urgency = درجة الاستعجال
order-deadline = الأجل
order-framework = الإطار القانوني
order-type = نوع الأمر
order-categories = فئات المعطيات
order-targets = العناصر المستهدَفة
order-target = العنصر المستهدَف { $n }
order-period = الفترة
order-from = من
order-to = إلى
order-offence = الجريمة
order-max-penalty = العقوبة القصوى (بالسنوات)
order-max-penalty-years = العقوبة القصوى بالسنوات: { $n }
order-terrorism = جريمة إرهابية (التوجيه (الاتحاد الأوروبي) 2017/541)
order-terrorism-short = جريمة إرهابية
order-necessity = الضرورة والتناسب
order-confidential = لا يجوز لمزوّد الخدمة إخبار الشخص المعني
order-not-confidential = يجوز لمزوّد الخدمة إخبار الشخص المعني
order-domestic = ارتُكبت الجريمة في دولتنا، ويقيم الشخص فيها
order-mla-reference = قرار المساعدة القضائية المتبادلة (بالنسبة لأمر صادر بموجبه)
order-file-reference = رقم الملف
order-language = لغة الشهادة الموجَّهة إلى مزوّد الخدمة
order-no-capacity = لم تُسجَّل لحسابك أي صفة تخوّلك إصدار الأوامر: يحددها مدير النظام (عضو النيابة العامة أو قاضٍ).
order-form-explained = يحدد الإطار القانوني من يجوز له أن يأمر بتقديم أي معطيات، والآجال والإشعارات؛ وتبيّن الاستمارة ما ينقص.
order-form-after = حُفظ كمسودة. ما لم يكن أمرًا استعجاليًا يقتصر على معطيات المشتركين أو معطيات تحديد الهوية، يصادق عليه شخص ثانٍ قبل أن يمكن إرساله.
order-save-draft = حفظ المسودة
order-section-basis = الأساس القانوني
order-section-provider = مزوّد الخدمة
order-section-data = المعطيات
order-section-grounds = التعليل
order-notification = إشعار دولة مزوّد الخدمة
order-notification-required = إلزامي: تُشعَر سلطة { $state } (e-Evidence، المادة 8)
order-notification-none = غير إلزامي
order-validation = المصادقة
order-needs-judge = تلزم مصادقة قاضٍ عليه قبل إرساله
order-needs-validation = تلزم مصادقة شخص ثانٍ عليه قبل إرساله
order-may-post-validate = حالة استعجال: يجوز إرساله أولًا ثم المصادقة عليه خلال 48 ساعة
order-validation-due = تجب المصادقة في أجل أقصاه { $at }، وإلا سُحب الأمر
order-not-received = لم يُستلَم بعد
order-time-left = الوقت المتبقي: { $hours } س { $minutes } د
order-overdue-by = تجاوز الأجل بمدة: { $hours } س { $minutes } د
order-answered-on-time = أُجيب داخل الأجل
order-answered-late = أُجيب بعد انقضاء الأجل
order-objection = اعتراض مزوّد الخدمة
order-package = حزمة معطيات مزوّد الخدمة
order-package-hash = مختومة لهذه السلطة وحدها؛ SHA-256 { $hash }، وقد أُقِرّ باستلامها بإيصال موقَّع.
order-refused-by-provider = رفضه مزوّد الخدمة
order-actions = ما العمل بشأنه
order-validate = المصادقة
order-send = التوقيع والإرسال
order-send-explained = يُوقَّع بمفتاح هذه السلطة ويُختم لمزوّد الخدمة وحده؛ يُرسَل مرة واحدة ولا يمكن إرساله مرة أخرى.
order-withdraw = سحب
order-withdraw-why = سبب السحب
order-timeline = التسلسل الزمني
order-when = الوقت
order-step = المرحلة
order-who = من
order-detail = التفاصيل
order-print = صيغة الطباعة
order-certificate-production = شهادة الأمر الأوروبي بتقديم المعطيات
order-certificate-preservation = شهادة الأمر الأوروبي بحفظ المعطيات
order-print-explained = منسَّقة على غرار شهادات e-Evidence (اللائحة (الاتحاد الأوروبي) 2023/1543، الملحقان الأول والثاني)، باللغة التي اختارها مزوّد الخدمة.
order-print-addressee = المرسَل إليه
order-print-issuer = السلطة المُصدِرة
order-print-validation = السلطة المصادِقة
order-print-no-validation = أمر استعجالي أُرسل قبل المصادقة عليه.
order-print-draft = لم يُرسَل بعد: مسودة.
order-print-urgency = الاستعجال والأساس القانوني
order-print-data = المعطيات المطلوبة
order-print-offence = الجريمة
order-print-confidentiality = السرية والإشعار
order-print-signature = التوقيع
order-print-signed = وقّعته السلطة { $authority } بمفتاحها المسجَّل في دليل الاتحاد؛ الرسالة
urgency-emergency = حالة استعجال (8 ساعات)
urgency-standard = عادي
framework-e_evidence = لائحة e-Evidence (الاتحاد الأوروبي) 2023/1543
framework-budapest = اتفاقية بودابست، البروتوكول الإضافي الثاني (المادة 7)
framework-mla = المساعدة القضائية المتبادلة الثنائية
framework-national = القانون الوطني
order-type-production = تقديم (الإفصاح عن المعطيات)
order-type-preservation = حفظ (الاحتفاظ بالمعطيات)
category-subscriber = معطيات المشتركين
category-identification = معطيات تحديد هوية المستخدم (عنوان IP)
category-traffic = معطيات المرور
category-content = معطيات المحتوى
capacity-prosecutor = عضو النيابة العامة
capacity-judge = قاضٍ
order-status-draft = مسودة
order-status-validated = مصادَق عليه
order-status-sent = مُرسَل
order-status-received = مُستلَم
order-status-acknowledged = أُقِرّ باستلامه
order-status-fulfilled = مُنفَّذ
order-status-objected = معترَض عليه
order-status-closed = مُغلَق
order-status-withdrawn = مسحوب
order-status-refused = مرفوض
order-step-drafted = حُرِّر
order-step-validated = صودِق عليه
order-step-sent = وُقِّع وأُرسِل
order-step-received = استلمه مزوّد الخدمة
order-step-acknowledged = أُقِرّ باستلامه
order-step-fulfilled = نُفِّذ
order-step-objected = اعتُرِض عليه
order-step-refused = رفضه مزوّد الخدمة
order-step-withdrawn = سُحِب
order-step-overdue = تجاوز الأجل، ورُفع إلى المستوى الأعلى
order-step-package_refused = رُفضت حزمة المعطيات
order-step-package_receipt = إيصال استلام الحزمة
orders-overdue-notice =
    { $n ->
        [one] أمر واحد تجاوز أجله دون جواب: يظهر في أعلى القائمة.
        [two] أمران تجاوزا أجلهما دون جواب: يظهران في أعلى القائمة.
       *[other] { $n } أوامر تجاوزت أجلها دون جواب: تظهر في أعلى القائمة.
    }
order-preserved = يحتفظ مزوّد الخدمة بالمعطيات
order-preserved-until = محفوظة إلى غاية { $at }، من أجل أمر تقديم لاحق.
order-extend = تمديد الحفظ 30 يومًا (مرة واحدة)
order-step-preserved = حُفظت المعطيات
order-step-extended = مُدِّد الحفظ

# The provider's portal (SPEC §6)
nav-received = الأوامر الواردة
received-title = الأوامر الواردة
received-order-title = أمر وارد
received-explained = الأوامر الموجَّهة إلى مزوّد الخدمة هذا. فُحص كل منها عند وصوله: موقّع من سلطة نيابة عامة مدرجة في دليل الاتحاد، ومصادق عليه حيث تشترط القواعد ذلك، ومسموح به في إطاره القانوني، وغير منتهي الصلاحية، ولم يُستلم من قبل.
received-none = لم يُستلم أي أمر.
received-from = من
received-verdict = الفحوص
received-verified-short = تم التحقق منه
received-refused-short = مرفوض
received-verified = تم التحقق: يمكنك الرد على هذا الأمر.
received-verified-explained = موقّع من { $authority } بالمفتاح الذي يسنده إليها دليل الاتحاد، ولم يتغيّر منذ ذلك؛ مصادق عليه حيث تشترط القواعد ذلك؛ مسموح به في إطاره القانوني؛ غير منتهي الصلاحية؛ لم يُستلم من قبل.
received-refused = مرفوض: لا ترد على هذا الأمر. أُبلغت السلطة المُصدِرة بالأسباب:
received-answer = جوابنا
received-acknowledge = الإشعار بالاستلام
received-preserve = حُفظت المعطيات
received-package = ملفات حزمة المعطيات
received-package-explained = تُختم هنا للسلطة المُصدِرة وحدها، مع بصمتها SHA-256؛ ويعود إشعارها الموقّع بهذه البصمة.
received-fulfil = إرسال حزمة المعطيات
received-grounds = أسباب الاعتراض
received-object = الاعتراض

# Reasons of orders (SPEC §6)
reason-order-signer-not-authority = الأمر موقَّع من { $signer }، وهي جهة ليست من سلطات النيابة العامة المدرجة في الدليل
reason-order-issuer-mismatch = يذكر الأمر { $issuer } بصفتها السلطة المُصدِرة، لكن وقّعه { $signer }
reason-order-not-for-me = الأمر موجَّه إلى { $to }، لا إلى { $me }
reason-order-replayed = سبق استلام هذا الأمر ({ $id }) بتاريخ { $at }: النسخة الثانية ليست أمرًا جديدًا
reason-order-expired = انتهت صلاحية الأمر بتاريخ { $at } (صدر بتاريخ { $issued }، وكان يجب استلامه داخل أجل الرد)
reason-order-not-validated = تلزم مصادقة شخص ثانٍ على الأمر قبل إرساله، ولم تُسجَّل أي مصادقة
reason-order-validated-by-issuer = صادق على الأمر مُصدِره نفسه ({ $name }): المصادقة تكون من شخص ثانٍ
reason-order-capacity-mismatch = يذكر الأمر أنه صادر بصفة «{ $a }»، في حين أن موقّعه بصفة «{ $b }»
reason-order-reference-reused = سبق أن أُسند المرجع { $reference } إلى أمر آخر صادر عن { $from }: لكل أمر مرجع واحد
reason-order-not-eevidence-state = الدولة { $state } غير ملزَمة بلائحة e-Evidence (الدول الأعضاء في الاتحاد الأوروبي باستثناء الدنمارك)
reason-order-eevidence-same-state = هي دولة الإصدار { $state }: لائحة e-Evidence تخص مزوّدي الخدمات في دولة عضو أخرى؛ طبِّق القانون الوطني
reason-order-eevidence-from = تسري لائحة e-Evidence ابتداءً من { $date }
reason-order-threshold = لا يجوز الأمر بتقديم معطيات المرور والمحتوى بموجب لائحة e-Evidence إلا بالنسبة للجرائم المعاقب عليها بعقوبة قصوى لا تقل عن 3 سنوات، أو للجرائم الإرهابية (المادة 5(4))
reason-order-budapest-category = لا يجوز الأمر بتقديم معطيات «{ $category }» مباشرة من مزوّد الخدمة بموجب البروتوكول الإضافي الثاني، الذي لا يسمح إلا بمعلومات المشتركين (المادة 7)؛ اطلبها عن طريق المساعدة القضائية المتبادلة
reason-order-budapest-emergency = لا ينص البروتوكول الإضافي الثاني على أوامر استعجالية موجَّهة إلى مزوّدي الخدمات: يتم الإفصاح الاستعجالي من سلطة إلى سلطة (المادتان 9-10)
reason-order-budapest-same-state = هي دولة الإصدار { $state }: البروتوكول الإضافي الثاني يخص مزوّدي الخدمات لدى طرف آخر؛ طبِّق القانون الوطني
reason-order-mla-reference = إلزامي: الأمر الصادر في إطار المساعدة القضائية المتبادلة ينفّذ طلبًا وافقت عليه دولة مزوّد الخدمة
reason-order-national-state = هي { $provider }، وليست دولة الإصدار { $state }: لا يسري القانون الوطني إلا على مزوّدي الخدمات المؤسَّسين في دولة الإصدار
reason-order-needs-judge = تتطلب معطيات «{ $category }» أمرًا يصدره قاضٍ أو يصادق عليه في إطار «{ $framework }»؛ ويجوز لعضو النيابة العامة الأمر بتقديم معطيات المشتركين ومعطيات تحديد الهوية
reason-order-member-code = «{ $value }» ليس رمز عضو (مثل PROV-TELCO)
reason-order-years = «{ $value }» ليس عددًا من السنوات (من 0 إلى 99)
reason-order-no-target = يلزم معرِّف واحد على الأقل لعنصر مستهدَف
reason-order-no-category = تلزم فئة معطيات واحدة على الأقل
reason-order-before-start = سابق لبداية الفترة ({ $date })
reason-order-to-future = «{ $date }» تاريخ في المستقبل: الأمر يطلب معطيات موجودة
reason-order-changed = عدّل شخص آخر الأمر في الأثناء؛ افتحه من جديد
reason-order-drafter-capacity = الصفة: يذكر الأمر «{ $a }»، في حين أن محرّره يتصرف بصفة «{ $b }»
reason-order-second-person = يصادق على الأمر شخص ثانٍ، لا من حرّره أو أرسله
reason-order-validated-already = سبقت المصادقة على الأمر
reason-order-no-capacity-validate = لم تُسجَّل لك أي صفة تخوّلك المصادقة على الأوامر
reason-order-no-capacity-issue = لم تُسجَّل لك أي صفة تخوّلك إصدار الأوامر
reason-order-issuer-capacity = الأمر صادر بصفة «{ $a }»، وأنت تتصرف بصفة «{ $b }»
reason-order-validator-issues = لا يجوز لمن صادق على الأمر أن يُصدره أيضًا
reason-order-preserve-not-fulfil = يُجاب عن أمر الحفظ بالاحتفاظ بالمعطيات (الحفظ)، لا بالإفصاح عنها
reason-order-preserve-only = لا يُجاب بالحفظ إلا عن أمر الحفظ
reason-order-no-file = الملف: يجب أن تتضمن حزمة المعطيات ملفًا واحدًا على الأقل
reason-order-step = لا يمكن تنفيذ الخطوة «{ $step }» على أمر حالته «{ $status }»
reason-order-validate-first = تلزم مصادقة شخص ثانٍ عليه قبل إرساله
reason-order-extend-preservation-only = لا يُمدَّد إلا أمر الحفظ
reason-order-extend-once = لا يُمدَّد أمر الحفظ إلا مرة واحدة
reason-order-not-received-yet = لم يستلمه مزوّد الخدمة بعد
reason-order-preservation-ended = انتهت فترة حفظه بتاريخ { $date }
reason-field = { $field }: { $reason }
