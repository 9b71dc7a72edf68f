# Haven UI strings: Arabic (العربية), translated from English.
# review-status: machine

## App and navigation

# untranslated: brand name, the same in every language
app-name = Haven
nav-home = الرئيسية
nav-back = رجوع
nav-browse = تصفّح
nav-helplines = خطوط المساعدة
nav-language = اللغة
nav-region = البلد
nav-search = بحث
nav-quit = خروج
nav-open = فتح
nav-next = التالي
nav-previous = السابق
quick-exit = خروج سريع
    .hint = للخروج فورًا، يُرجى الضغط على Esc مرتين أو على F12
keys-hint = ↑↓ تنقّل · Enter فتح · Backspace رجوع · q خروج

## Home

home-title = كيف يمكننا مساعدتك؟
home-urgent = مساعدة عاجلة
home-urgent-none = يُرجى اختيار بلدك لرؤية أرقام الطوارئ.
home-categories = معلومات
home-region = بلدك: { $region }
home-region-unset = اختيار بلدك

category-understanding = ما هي العبودية الحديثة؟
    .description = معنى الاستغلال والاتجار بالبشر. وما يحدث لك ليس ذنبك.
category-signs = التعرّف على العلامات
    .description = كيف يمكن أن يبدو الاستغلال، في العمل وفي المنزل.
category-rights = حقوقك
    .description = ما يحق لك، مهما كان وضعك.
category-help = الحصول على المساعدة
    .description = مع مَن يمكنك التحدث، وماذا يحدث بعد ذلك.
category-safety = البقاء في أمان
    .description = حماية نفسك وهاتفك.
category-reporting = الإبلاغ عن أمر مقلق
    .description = طريقة إخبار خط المساعدة بما رأيته.

article-count = { $count ->
    [0] لا توجد مقالات
    [zero] لا توجد مقالات
    [one] مقالة واحدة
    [two] مقالتان
    [few] { $count } مقالات
    [many] { $count } مقالة
   *[other] { $count } مقالة
}

## Articles

articles-title = كل المقالات
articles-empty = لا توجد مقالات مطابقة. يُرجى تجربة فئة أخرى.
article-machine-translation = هذه ترجمة آلية، ولم تراجعها منظمة غير حكومية بعد.
article-fallback = هذه الصفحة غير متوفرة بلغتك بعد. وهي معروضة بهذه اللغة: { $language }.
article-urgent = عاجل

sector-car-wash = مغاسل السيارات
sector-nail-bar = صالونات العناية بالأظافر
sector-agriculture = المزارع والزراعة
sector-construction = البناء
sector-hospitality = الفنادق والمطاعم والتنظيف
sector-domestic-work = العمل في المنازل
sector-factory-warehouse = المصانع والمستودعات
sector-fishing = صيد الأسماك
sector-sexual-exploitation = الاستغلال الجنسي
sector-criminal-exploitation = الإجبار على ارتكاب جرائم

audience-potential-victim = للأشخاص الذين قد يتعرضون للاستغلال
audience-public = لعامة الناس
audience-worker = للعمّال

## Helplines

helplines-title = خطوط المساعدة
helplines-in-region = خطوط المساعدة في { $region }
helplines-everywhere = خطوط المساعدة في كل البلدان
helplines-empty = ليست لدينا بعدُ خطوط مساعدة لهذا البلد. في حالة الطوارئ، يُرجى الاتصال برقم الطوارئ المحلي.
helplines-choose-region = اختيار البلد
helpline-emergency = طوارئ
helpline-open-always = متاح على مدار 24 ساعة
helpline-open-until = متاح الآن · حتى { $time }
helpline-open = متاح الآن
helpline-closed-until = مغلق · يفتح { $time }
helpline-closed = مغلق الآن
helpline-hours-unknown = ساعات العمل غير معروفة
helpline-time-zone = { $time } (بتوقيت { $zone })
helpline-languages = اللغات: { $languages }
helpline-verified = تم التحقق من البيانات في { $date }. المصدر: { $source }
helpline-covers = يغطي: { $regions }

cost-free = الاتصال مجاني
cost-local-rate = بتكلفة مكالمة محلية
cost-premium = أغلى من المكالمة العادية

channel-phone = اتصال
channel-sms = رسالة نصية
# untranslated: brand name, the same in every language
channel-whatsapp = WhatsApp
channel-webchat = دردشة عبر الإنترنت
channel-email = بريد إلكتروني

trace-call-log = سيظهر الرقم في سجل المكالمات.
trace-phone-bill = قد يظهر الرقم في فاتورة الهاتف.
trace-sms-thread = تبقى رسائلك في تطبيق الرسائل على الهاتف.
trace-browser-history = ستظهر الصفحة في سجل المتصفح.
trace-email-account = تبقى الرسالة في حساب بريدك الإلكتروني.
trace-app-account = تبقى المحادثة في سجل ذلك التطبيق.

weekday-time = { $day ->
    [mon] الاثنين { $time }
    [tue] الثلاثاء { $time }
    [wed] الأربعاء { $time }
    [thu] الخميس { $time }
    [fri] الجمعة { $time }
    [sat] السبت { $time }
   *[sun] الأحد { $time }
}

## Search

search-title = بحث
search-placeholder = البحث في المقالات وخطوط المساعدة
search-empty = لم يُعثر على شيء. يُرجى تجربة كلمات أخرى أو كلمات أقل.
search-results = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
search-english-added = بعض النتائج باللغة الإنجليزية.
search-helplines = خطوط المساعدة
search-articles = المقالات

## Language

language-title = اللغة
language-current = اللغة الحالية
language-device = استخدام لغة الهاتف

## Errors shown to the user

error-generic = حدث خطأ ما. معلوماتك في أمان. يُرجى المحاولة مرة أخرى.
error-not-found = هذه الصفحة لم تعد متوفرة.

## Regions (country and area names)

region-GB = المملكة المتحدة
region-GB-ENG = إنجلترا
region-GB-WLS = ويلز
region-GB-SCT = اسكتلندا
region-GB-NIR = أيرلندا الشمالية
region-US = الولايات المتحدة
region-AL = ألبانيا
region-RO = رومانيا
region-UA = أوكرانيا
region-PL = بولندا
region-VN = فيتنام
region-AT = النمسا
region-BE = بلجيكا
region-BG = بلغاريا
region-HR = كرواتيا
region-CY = قبرص
region-CZ = التشيك
region-DK = الدنمارك
region-EE = إستونيا
region-FI = فنلندا
region-FR = فرنسا
region-DE = ألمانيا
region-GR = اليونان
region-IE = أيرلندا
region-IT = إيطاليا
region-LV = لاتفيا
region-LT = ليتوانيا
region-LU = لوكسمبورغ
region-MT = مالطا
region-NL = هولندا
region-PT = البرتغال
region-SK = سلوفاكيا
region-SI = سلوفينيا
region-ES = إسبانيا
region-SE = السويد
region-HU = المجر

## Safety: the disguise calculator

calc-title = الآلة الحاسبة
calc-memory = الذاكرة
calc-error-divide-by-zero = لا يمكن القسمة على صفر
calc-error-overflow = الرقم كبير جدًا
calc-key-point = فاصلة عشرية
calc-key-add = زائد
calc-key-subtract = ناقص
calc-key-multiply = ضرب
calc-key-divide = قسمة
calc-key-equals = يساوي
calc-key-percent = نسبة مئوية
calc-key-sign = تغيير الإشارة
calc-key-clear = مسح الإدخال
calc-key-all-clear = مسح الكل
calc-key-backspace = حذف آخر رقم
calc-key-memory-clear = مسح الذاكرة
calc-key-memory-recall = استدعاء الذاكرة
calc-key-memory-add = إضافة إلى الذاكرة
calc-key-memory-subtract = طرح من الذاكرة

## Safety: unlock

unlock-title = إدخال الرمز
unlock-code = الرمز
unlock-submit = فتح
unlock-wrong = هذا الرمز غير صحيح.
unlock-wait = { $seconds ->
    [zero] محاولات كثيرة جدًا. يُرجى الانتظار { $seconds } ثانية.
    [one] محاولات كثيرة جدًا. يُرجى الانتظار ثانية واحدة.
    [two] محاولات كثيرة جدًا. يُرجى الانتظار ثانيتين.
    [few] محاولات كثيرة جدًا. يُرجى الانتظار { $seconds } ثوانٍ.
    [many] محاولات كثيرة جدًا. يُرجى الانتظار { $seconds } ثانية.
   *[other] محاولات كثيرة جدًا. يُرجى الانتظار { $seconds } ثانية.
}

## Safety: settings

safety-title = الأمان
safety-unlock-code = رمز فتح القفل
    .hint = من 4 إلى 12 رقمًا. يطلبه Haven في كل مرة يُفتح فيها.
safety-protect-key = قفل بيانات Haven بهذا الرمز أيضًا
safety-duress-code = رمز الطوارئ
    .hint = إذا أجبرك أحد على فتح Haven، فيُرجى إدخال هذا الرمز بدلًا من رمزك المعتاد. سيُفتح Haven كالمعتاد، لكن كل ما حفظته سيُحذف.
safety-disguise = التمويه
    .hint = الشكل الذي يظهر به Haven على هاتفك.
safety-disguise-none = بلا تمويه
safety-disguise-calculator = آلة حاسبة
safety-disguise-notes = ملاحظات
safety-disguise-weather = الطقس
safety-auto-lock = القفل عند الخروج من Haven
safety-auto-lock-never = أبدًا
safety-auto-lock-now = فورًا
safety-auto-lock-after = { $minutes ->
    [zero] بعد { $minutes } دقيقة
    [one] بعد دقيقة واحدة
    [two] بعد دقيقتين
    [few] بعد { $minutes } دقائق
    [many] بعد { $minutes } دقيقة
   *[other] بعد { $minutes } دقيقة
}
safety-wipe-after = حذف كل شيء بعد إدخال رموز خاطئة
safety-wipe-after-count = { $count ->
    [zero] بعد { $count } محاولة خاطئة
    [one] بعد محاولة خاطئة واحدة
    [two] بعد محاولتين خاطئتين
    [few] بعد { $count } محاولات خاطئة
    [many] بعد { $count } محاولة خاطئة
   *[other] بعد { $count } محاولة خاطئة
}
safety-exit-page = الصفحة التي تُفتح عند الخروج السريع
safety-wipe = حذف كل شيء الآن
    .hint = يحذف بلاغاتك وإعداداتك. تبقى صفحات المساعدة كما هي.
safety-wipe-confirm = حذف كل شيء؟ لا يمكن التراجع عن ذلك.
safety-saved = تم الحفظ.
safety-code-mismatch = الرمزان غير متطابقين.
safety-error-code = يتكوّن الرمز من { $min } إلى { $max } أرقام، من 0 إلى 9 فقط.
safety-error-same-codes = يجب أن يختلف رمز الطوارئ عن رمز فتح القفل.
safety-error-no-code = لم يتم تعيين رمز لفتح القفل. عيّن رمزًا أولًا.
safety-error-auto-lock = يمكن أن ينتظر Haven يومًا واحدًا على الأكثر قبل أن يُقفل. اختر مدة أقصر، أو أبدًا.
safety-error-wipe-after = اختر من { $min } إلى { $max } رموز خاطئة، أو أبدًا.
safety-error-exit-page = يجب أن تكون صفحة الخروج عنوان ويب يبدأ بـ https://
safety-error-unknown-disguise = لا يوجد تمويه بهذا الاسم. اختر واحدًا من: { $choices }
safety-error-not-a-number = اكتب رقمًا، أو { $never }.

## Content preview (haven-hub preview, for NGO editors)

preview-title = معاينة محتوى Haven
preview-notice = معاينة لمحرري المحتوى: لا يُنشر شيء هنا حتى تنشره باستخدام haven-hub.
preview-not-translated = غير متوفر بهذه اللغة بعد
preview-hours = ساعات العمل ({ $zone }): { $hours }
review-original = النص الأصلي
review-machine = ترجمة آلية، لم تُراجع بعد
review-reviewed = ترجمة مُراجعة

## Content updates (sync)

sync-title = تحديثات المحتوى
sync-checking = جارٍ البحث عن تحديثات…
sync-checking-publisher = جارٍ فحص { $publisher } ({ $index } من { $total })…
sync-downloading = جارٍ التنزيل من { $publisher }: { $done } من { $total }
sync-applying = جارٍ حفظ التحديثات…
sync-updated = { $publisher }: تم التحديث إلى الإصدار { $version } ({ $articles ->
    [zero] لا مقالات
    [one] مقالة واحدة
    [two] مقالتان
    [few] { $articles } مقالات
    [many] { $articles } مقالة
   *[other] { $articles } مقالة
}، { $helplines ->
    [zero] لا خطوط مساعدة
    [one] خط مساعدة واحد
    [two] خطا مساعدة
    [few] { $helplines } خطوط مساعدة
    [many] { $helplines } خط مساعدة
   *[other] { $helplines } خط مساعدة
})
sync-removed = { $publisher }: لم يعد موثوقًا؛ تمت إزالة صفحاته
sync-refused = { $publisher }: تم رفض التحديث ({ $reason })؛ الصفحات الموجودة لديك تبقى كما هي
sync-nothing-new = كل شيء محدَّث.
sync-age = { $publisher }: نُشر { $days ->
    [0] اليوم
    [zero] اليوم
    [one] منذ يوم واحد
    [two] منذ يومين
    [few] منذ { $days } أيام
    [many] منذ { $days } يومًا
   *[other] منذ { $days } يوم
}
sync-age-expired = { $publisher }: نُشر { $days ->
    [zero] اليوم
    [one] منذ يوم واحد
    [two] منذ يومين
    [few] منذ { $days } أيام
    [many] منذ { $days } يومًا
   *[other] منذ { $days } يوم
}؛ تعذّر التحقق من وجود إصدار أحدث، لذلك قد تكون هذه الصفحات قديمة
sync-reason-signature = غير موقَّع بمفتاح موثوق
sync-reason-scope = خارج ما يحق لهذا الناشر أن ينشره
sync-reason-rollback = أقدم من الإصدار الموجود لديك
sync-reason-expired = انتهت صلاحيته
sync-reason-network = تعطّلت الشبكة أو الخادم
sync-reason-invalid = محتوى تالف أو غير صالح
sync-no-source = لم يتم تحديد عنوان للتحديثات: يُرجى إدخال عنوان، مثلًا haven sync https://example.org/haven

## Report a concern (issue 5: report forms, review, outbox)

report-menu = الإبلاغ عن قلق
report-new = بلاغ جديد إلى { $helpline }
report-no-form = خط المساعدة هذا لا يستقبل البلاغات عبر Haven بعد.
report-next = التالي
report-back = رجوع
report-review = مراجعة
report-optional = اختياري
report-saved = محفوظ على هذا الهاتف ومشفّر.
report-progress = الخطوة { $step } من { $total }
report-place-text = صف المكان
report-postcode = الرمز البريدي أو البلدة (اختياري)
report-use-location = استخدم موقعي (حوالي 1 كم)
report-location-shared = تمت مشاركة موقع تقريبي
report-contact-anonymous = البقاء مجهول الهوية
report-contact-phone = الهاتف
report-contact-email = البريد الإلكتروني
report-contact-value = الرقم أو العنوان
report-safe-times = أوقات آمنة للاتصال
report-may-leave-message = يمكن ترك رسالة
report-message-yes = يمكن ترك رسالة
report-message-no = لا تتركوا رسالة
report-date-hint = التاريخ بصيغة YYYY-MM-DD
report-datetime-hint = التاريخ والوقت بصيغة YYYY-MM-DD HH:MM
report-not-answered = لم تتم الإجابة
report-error-required = يرجى الإجابة عن هذا السؤال.
report-error-too-long = النص طويل جدًا: { $max } حرفًا على الأكثر.
report-error-not-an-option = يرجى اختيار أحد الخيارات.
report-error-wrong-kind = هذه الإجابة لا تناسب هذا السؤال.
report-error-not-a-date = يرجى إدخال تاريخ حقيقي، مثل 2026-11-20.
report-error-in-future = هذا التاريخ في المستقبل.
report-error-control-characters = يحتوي النص على أحرف لا يمكن إرسالها.
report-error-bad-phone = لا يبدو هذا رقم هاتف.
report-error-bad-email = لا يبدو هذا عنوان بريد إلكتروني.
report-error-contact-missing = يرجى إدخال رقم أو عنوان، أو اختيار البقاء مجهول الهوية.
report-error-bad-location = تعذّرت قراءة الموقع.
report-error-report-too-large = هذا البلاغ أطول من أن يُرسل. يرجى تقصير أطول الإجابات.
report-review-title = راجع بلاغك
report-review-missing = إجابات مطلوبة ناقصة: { $count }
report-submit = إرسال البلاغ
report-edit = تغيير
report-privacy = لا يستطيع قراءة هذا البلاغ إلا { $helpline }. يُقفل قبل أن يغادر هاتفك ولا يتضمن اسمك أو رقمك إلا إذا اخترت أن يُتصل بك.
report-offline = لا يوجد اتصال؟ ينتظر بلاغك على هذا الهاتف ويُرسل عند عودتك إلى الإنترنت.
report-outbox-title = بلاغاتك
report-outbox-empty = لا توجد بلاغات بعد.
report-send-now = أرسل الآن
report-cancel = إلغاء الإرسال
report-delete = حذف
report-state-draft = مسودة، لم تُرسل
report-state-queued = بانتظار الإرسال
report-state-sending = جارٍ الإرسال…
report-state-received = استلمه خط المساعدة
report-state-failed = لم يقبله خط المساعدة ({ $reason })
report-state-retrying = بانتظار محاولة جديدة (المحاولات: { $attempts })
report-reference = رقمك المرجعي: { $reference }
report-deliver-summary = تم التسليم: { $delivered } · بالانتظار: { $waiting } · غير مقبول: { $failed }

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = ملاحظة
cover-weather-text = لا تتوفر توقعات الآن.
safety-code-current = الرمز الحالي
safety-code-confirm = اكتب الرمز مرة أخرى
safety-save = حفظ
safety-remove = إزالة

## Mobile shells: background work (sync and report sending started by the phone)

background-wifi-only = التحديثات في الخلفية عبر Wi-Fi فقط
    .hint = عند تفعيل هذا الخيار، ينتظر Haven شبكة Wi-Fi قبل أن يبحث عن صفحات مساعدة جديدة أو يرسل بلاغاتك في الخلفية، فلا يستخدم بيانات الجوال. وعند إيقافه، يُستخدم أي اتصال.
background-wifi-only-on = التحديثات في الخلفية عبر Wi-Fi فقط. ينتظر Haven شبكة Wi-Fi ولا يستخدم بيانات الجوال في الخلفية.
background-wifi-only-off = التحديثات في الخلفية عبر Wi-Fi فقط. قد يستخدم Haven بيانات الجوال في الخلفية.
