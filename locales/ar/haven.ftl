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

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = ملاحظة
cover-weather-text = لا تتوفر توقعات الآن.
safety-code-current = الرمز الحالي
safety-code-confirm = اكتب الرمز مرة أخرى
safety-save = حفظ
safety-remove = إزالة
