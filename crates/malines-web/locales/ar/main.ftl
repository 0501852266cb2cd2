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
case-form-hint = التواريخ بصيغة YYYY-MM-DD (السنة-الشهر-اليوم). إذا لم يُحدَّد تاريخ المراجعة، يُضبط على ثلاث سنوات بعد فتح الملف.
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
