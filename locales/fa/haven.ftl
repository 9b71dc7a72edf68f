# Haven UI strings: Persian (فارسی), translated from English.
# review-status: machine

## App and navigation

# untranslated: brand name, the same in every language
app-name = Haven
nav-home = خانه
nav-back = بازگشت
nav-browse = مرور
nav-helplines = خطوط کمک
nav-language = زبان
nav-region = کشور
nav-search = جستجو
nav-quit = خروج
nav-open = باز کردن
nav-next = بعدی
nav-previous = قبلی
quick-exit = خروج سریع
    .hint = برای خروج فوری، دو بار Esc یا F12 را بزنید
keys-hint = ↑↓ حرکت · Enter باز کردن · Backspace بازگشت · q خروج

## Home

home-title = چطور می‌توانیم به شما کمک کنیم؟
home-urgent = کمک فوری
home-urgent-none = کشورتان را انتخاب کنید تا شماره‌های اضطراری را ببینید.
home-categories = اطلاعات
home-region = کشور شما: { $region }
home-region-unset = کشورتان را انتخاب کنید

category-understanding = برده‌داری مدرن چیست؟
    .description = بهره‌کشی و قاچاق انسان یعنی چه. این تقصیر شما نیست.
category-signs = نشانه‌ها را بشناسید
    .description = بهره‌کشی در محل کار و در خانه چه شکلی می‌تواند داشته باشد.
category-rights = حقوق شما
    .description = حق‌هایی که دارید، در هر وضعیتی که باشید.
category-help = کمک گرفتن
    .description = با چه کسی می‌توانید حرف بزنید و بعد از آن چه اتفاقی می‌افتد.
category-safety = در امان ماندن
    .description = مراقبت از خودتان و گوشی‌تان.
category-reporting = گزارش یک نگرانی
    .description = چطور آنچه را دیده‌اید به خط کمک بگویید.

article-count = { $count ->
    [0] هیچ مقاله‌ای نیست
    [one] { $count } مقاله
   *[other] { $count } مقاله
}

## Articles

articles-title = همه مقاله‌ها
articles-empty = مقاله‌ای پیدا نشد. دسته‌ای دیگر را امتحان کنید.
article-machine-translation = این ترجمه را ماشین انجام داده و هنوز یک سازمان مردم‌نهاد آن را بررسی نکرده است.
article-fallback = این صفحه هنوز به زبان شما آماده نیست. به این زبان نشان داده می‌شود: { $language }.
article-urgent = فوری

sector-car-wash = کارواش‌ها
sector-nail-bar = سالن‌های ناخن
sector-agriculture = مزرعه‌ها و کشاورزی
sector-construction = ساختمان‌سازی
sector-hospitality = هتل‌ها، رستوران‌ها و نظافت
sector-domestic-work = کار در خانه‌های مردم
sector-factory-warehouse = کارخانه‌ها و انبارها
sector-fishing = ماهیگیری
sector-sexual-exploitation = بهره‌کشی جنسی
sector-criminal-exploitation = اجبار به کارهای مجرمانه

audience-potential-victim = برای کسانی که ممکن است مورد بهره‌کشی باشند
audience-public = برای عموم مردم
audience-worker = برای کارگران

## Helplines

helplines-title = خطوط کمک
helplines-in-region = خطوط کمک در { $region }
helplines-everywhere = خطوط کمک در همه کشورها
helplines-empty = هنوز برای این کشور خط کمکی نداریم. در شرایط اضطراری، با شماره اضطراری محلی تماس بگیرید.
helplines-choose-region = انتخاب کشور
helpline-emergency = اضطراری
helpline-open-always = شبانه‌روزی
helpline-open-until = الان فعال است · تا { $time }
helpline-open = الان فعال است
helpline-closed-until = فعال نیست · از { $time } فعال می‌شود
helpline-closed = الان فعال نیست
helpline-hours-unknown = ساعت کاری مشخص نیست
helpline-time-zone = { $time } (به وقت { $zone })
helpline-languages = زبان‌ها: { $languages }
helpline-verified = اطلاعات در تاریخ { $date } بررسی شد. منبع: { $source }
helpline-covers = محدوده: { $regions }

cost-free = تماس رایگان
cost-local-rate = هزینه‌اش مثل تماس محلی است
cost-premium = گران‌تر از تماس معمولی

channel-phone = تماس تلفنی
channel-sms = پیامک
# untranslated: brand name, the same in every language
channel-whatsapp = WhatsApp
channel-webchat = گفتگوی آنلاین
channel-email = ایمیل

trace-call-log = شماره در فهرست تماس‌ها دیده می‌شود.
trace-phone-bill = شماره ممکن است در قبض تلفن دیده شود.
trace-sms-thread = پیام‌هایتان در برنامه پیامک گوشی می‌ماند.
trace-browser-history = صفحه در تاریخچه مرورگر دیده می‌شود.
trace-email-account = ایمیل در حساب ایمیل شما می‌ماند.
trace-app-account = گفتگو در تاریخچه همان برنامه می‌ماند.

weekday-time = { $day ->
    [mon] دوشنبه { $time }
    [tue] سه‌شنبه { $time }
    [wed] چهارشنبه { $time }
    [thu] پنجشنبه { $time }
    [fri] جمعه { $time }
    [sat] شنبه { $time }
   *[sun] یکشنبه { $time }
}

## Search

search-title = جستجو
search-placeholder = جستجو در مقاله‌ها و خطوط کمک
search-empty = چیزی پیدا نشد. کلمه‌های دیگر یا کمتری را امتحان کنید.
search-results = { $count ->
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
search-english-added = برخی از نتیجه‌ها به زبان انگلیسی است.
search-helplines = خطوط کمک
search-articles = مقاله‌ها

## Language

language-title = زبان
language-current = زبان فعلی
language-device = استفاده از زبان گوشی

## Errors shown to the user

error-generic = مشکلی پیش آمد. اطلاعات شما در امان است. لطفاً دوباره امتحان کنید.
error-not-found = این صفحه دیگر در دسترس نیست.

## Regions (country and area names)

region-GB = بریتانیا
region-GB-ENG = انگلستان
region-GB-WLS = ولز
region-GB-SCT = اسکاتلند
region-GB-NIR = ایرلند شمالی
region-US = ایالات متحده آمریکا
region-AL = آلبانی
region-RO = رومانی
region-UA = اوکراین
region-PL = لهستان
region-VN = ویتنام
region-AT = اتریش
region-BE = بلژیک
region-BG = بلغارستان
region-HR = کرواسی
region-CY = قبرس
region-CZ = چک
region-DK = دانمارک
region-EE = استونی
region-FI = فنلاند
region-FR = فرانسه
region-DE = آلمان
region-GR = یونان
region-IE = ایرلند
region-IT = ایتالیا
region-LV = لتونی
region-LT = لیتوانی
region-LU = لوکزامبورگ
region-MT = مالت
region-NL = هلند
region-PT = پرتغال
region-SK = اسلواکی
region-SI = اسلوونی
region-ES = اسپانیا
region-SE = سوئد
region-HU = مجارستان

## Safety: the disguise calculator

calc-title = ماشین‌حساب
calc-memory = حافظه
calc-error-divide-by-zero = تقسیم بر صفر ممکن نیست
calc-error-overflow = عدد خیلی بزرگ است
calc-key-point = ممیز
calc-key-add = به علاوه
calc-key-subtract = منها
calc-key-multiply = ضرب در
calc-key-divide = تقسیم بر
calc-key-equals = مساوی
calc-key-percent = درصد
calc-key-sign = تغییر علامت
calc-key-clear = پاک کردن ورودی
calc-key-all-clear = پاک کردن همه
calc-key-backspace = حذف آخرین رقم
calc-key-memory-clear = پاک کردن حافظه
calc-key-memory-recall = فراخوانی حافظه
calc-key-memory-add = افزودن به حافظه
calc-key-memory-subtract = کم کردن از حافظه

## Safety: unlock

unlock-title = کدتان را وارد کنید
unlock-code = کد
unlock-submit = باز کردن
unlock-wrong = این کد درست نیست.
unlock-wait = { $seconds ->
    [one] تعداد تلاش‌ها زیاد بود. لطفاً { $seconds } ثانیه صبر کنید.
   *[other] تعداد تلاش‌ها زیاد بود. لطفاً { $seconds } ثانیه صبر کنید.
}

## Safety: settings

safety-title = امنیت
safety-unlock-code = کد باز کردن قفل
    .hint = 4 تا 12 رقم. Haven هر بار که باز می‌شود آن را می‌پرسد.
safety-protect-key = داده‌های Haven هم با این کد قفل شود
safety-duress-code = کد اضطراری
    .hint = اگر کسی شما را مجبور کرد Haven را باز کنید، به جای کد همیشگی این کد را وارد کنید. Haven مثل همیشه باز می‌شود، اما هر چه ذخیره کرده‌اید پاک می‌شود.
safety-disguise = تغییر ظاهر
    .hint = Haven روی گوشی شما چه شکلی داشته باشد.
safety-disguise-none = بدون تغییر ظاهر
safety-disguise-calculator = ماشین‌حساب
safety-disguise-notes = یادداشت‌ها
safety-disguise-weather = آب‌وهوا
safety-auto-lock = وقتی از Haven بیرون می‌روم قفل شود
safety-auto-lock-never = هرگز
safety-auto-lock-now = فوراً
safety-auto-lock-after = { $minutes ->
    [one] بعد از { $minutes } دقیقه
   *[other] بعد از { $minutes } دقیقه
}
safety-wipe-after = پاک شدن همه چیز بعد از کدهای اشتباه
safety-wipe-after-count = { $count ->
    [one] بعد از { $count } کد اشتباه
   *[other] بعد از { $count } کد اشتباه
}
safety-exit-page = صفحه‌ای که با خروج سریع باز می‌شود
safety-wipe = همین الان همه چیز پاک شود
    .hint = گزارش‌ها و تنظیمات شما پاک می‌شود. صفحه‌های راهنما می‌مانند.
safety-wipe-confirm = همه چیز پاک شود؟ این کار برگشت ندارد.
safety-saved = ذخیره شد.
safety-code-mismatch = کدها با هم یکی نیستند.
safety-error-code = کد از { $min } تا { $max } رقم است و فقط ارقام 0 تا 9 را دارد.
safety-error-same-codes = کد اضطراری باید با کد باز کردن قفل فرق داشته باشد.
safety-error-no-code = هیچ کد باز کردن قفلی تنظیم نشده است. اول یکی تنظیم کنید.
safety-error-auto-lock = Haven حداکثر یک روز می‌تواند پیش از قفل شدن صبر کند. زمان کوتاه‌تری انتخاب کنید، یا هرگز.
safety-error-wipe-after = از { $min } تا { $max } کد اشتباه انتخاب کنید، یا هرگز.
safety-error-exit-page = صفحهٔ خروج باید نشانی وبی باشد که با https:// شروع می‌شود
safety-error-unknown-disguise = چنین تغییر ظاهری وجود ندارد. یکی از این‌ها را انتخاب کنید: { $choices }
safety-error-not-a-number = یک عدد بنویسید، یا { $never }.

## Content preview (haven-hub preview, for NGO editors)

preview-title = پیش‌نمایش محتوای Haven
preview-notice = پیش‌نمایش برای ویراستاران محتوا: تا زمانی که آن را با haven-hub منتشر نکنید، چیزی از اینجا منتشر نمی‌شود.
preview-not-translated = هنوز به این زبان موجود نیست
preview-hours = ساعات کار ({ $zone }): { $hours }
review-original = متن اصلی
review-machine = ترجمهٔ ماشینی، هنوز بررسی نشده
review-reviewed = ترجمهٔ بررسی‌شده

## Content updates (sync)

sync-title = به‌روزرسانی محتوا
sync-checking = در حال بررسی به‌روزرسانی‌ها…
sync-checking-publisher = در حال بررسی { $publisher } ({ $index } از { $total })…
sync-downloading = در حال دریافت از { $publisher }: { $done } از { $total }
sync-applying = در حال ذخیرهٔ به‌روزرسانی‌ها…
sync-updated = { $publisher }: به نسخهٔ { $version } به‌روز شد ({ $articles ->
    [one] { $articles } مقاله
   *[other] { $articles } مقاله
}، { $helplines ->
    [one] { $helplines } خط کمک
   *[other] { $helplines } خط کمک
})
sync-removed = { $publisher }: دیگر مورد اعتماد نیست؛ صفحه‌های آن حذف شد
sync-refused = { $publisher }: به‌روزرسانی رد شد ({ $reason })؛ صفحه‌هایی که دارید باقی می‌مانند
sync-nothing-new = همه چیز به‌روز است.
sync-age = { $publisher }: { $days ->
    [0] امروز منتشر شده
    [one] { $days } روز پیش منتشر شده
   *[other] { $days } روز پیش منتشر شده
}
sync-age-expired = { $publisher }: { $days ->
    [one] { $days } روز پیش منتشر شده
   *[other] { $days } روز پیش منتشر شده
}؛ نشد نسخهٔ جدیدتری را بررسی کرد، پس ممکن است این صفحه‌ها قدیمی باشند
sync-reason-signature = با کلید مورد اعتماد امضا نشده
sync-reason-scope = بیرون از چیزی که این ناشر اجازهٔ انتشارش را دارد
sync-reason-rollback = قدیمی‌تر از نسخه‌ای که دارید
sync-reason-expired = منقضی شده
sync-reason-network = شبکه یا سرور کار نکرد
sync-reason-invalid = محتوای آسیب‌دیده یا نامعتبر
sync-no-source = هیچ نشانی به‌روزرسانی تنظیم نشده است: یک نشانی وارد کنید، مثلاً haven sync https://example.org/haven

## Report a concern (issue 5: report forms, review, outbox)

report-menu = گزارش یک نگرانی
report-new = گزارش تازه به { $helpline }
report-no-form = این خط کمک هنوز از طریق Haven گزارش نمی‌پذیرد.
report-next = بعدی
report-back = بازگشت
report-review = بازبینی
report-optional = اختیاری
report-saved = روی همین گوشی، رمزگذاری‌شده ذخیره شد.
report-progress = گام { $step } از { $total }
report-place-text = مکان را توصیف کنید
report-postcode = کد پستی یا شهر (اختیاری)
report-use-location = استفاده از موقعیت من (حدود ۱ کیلومتر)
report-location-shared = موقعیت تقریبی به اشتراک گذاشته شد
report-contact-anonymous = ناشناس بمانم
report-contact-phone = تلفن
report-contact-email = ایمیل
report-contact-value = شماره یا نشانی
report-safe-times = زمان‌های امن برای تماس
report-may-leave-message = می‌توان پیام گذاشت
report-message-yes = می‌توان پیام گذاشت
report-message-no = پیام نگذارید
report-date-hint = تاریخ به شکل YYYY-MM-DD
report-datetime-hint = تاریخ و ساعت به شکل YYYY-MM-DD HH:MM
report-not-answered = بی‌پاسخ
report-error-required = لطفاً به این پرسش پاسخ دهید.
report-error-too-long = بیش از حد طولانی است: حداکثر { $max } نویسه.
report-error-not-an-option = لطفاً یکی از گزینه‌ها را انتخاب کنید.
report-error-wrong-kind = این پاسخ با این پرسش جور نیست.
report-error-not-a-date = لطفاً یک تاریخ واقعی وارد کنید، مثلاً 2026-11-20.
report-error-in-future = این تاریخ در آینده است.
report-error-control-characters = این متن نویسه‌هایی دارد که نمی‌توان فرستاد.
report-error-bad-phone = این شبیه شماره تلفن نیست.
report-error-bad-email = این شبیه نشانی ایمیل نیست.
report-error-contact-missing = لطفاً یک شماره یا نشانی وارد کنید، یا ناشناس ماندن را انتخاب کنید.
report-error-bad-location = موقعیت خوانده نشد.
report-error-report-too-large = این گزارش برای فرستادن بیش از حد طولانی است. لطفاً بلندترین پاسخ‌ها را کوتاه کنید.
report-review-title = گزارش خود را بررسی کنید
report-review-missing = پاسخ‌های الزامیِ مانده: { $count }
report-submit = فرستادن گزارش
report-edit = تغییر
report-privacy = فقط { $helpline } می‌تواند این گزارش را بخواند. گزارش پیش از ترک گوشی شما قفل می‌شود و نام یا شماره شما را ندارد، مگر اینکه خودتان تماس را انتخاب کرده باشید.
report-offline = اینترنت ندارید؟ گزارش روی همین گوشی می‌ماند و وقتی دوباره آنلاین شدید فرستاده می‌شود.
report-outbox-title = گزارش‌های شما
report-outbox-empty = هنوز گزارشی نیست.
report-send-now = اکنون بفرست
report-cancel = لغو فرستادن
report-delete = حذف
report-state-draft = پیش‌نویس، فرستاده نشده
report-state-queued = در انتظار فرستادن
report-state-sending = در حال فرستادن…
report-state-received = خط کمک دریافت کرد
report-state-failed = خط کمک نپذیرفت ({ $reason })
report-state-retrying = در انتظار تلاش دوباره (تلاش‌ها: { $attempts })
report-reference = شماره پیگیری شما: { $reference }
report-deliver-summary = رسیده: { $delivered } · در انتظار: { $waiting } · پذیرفته‌نشده: { $failed }

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = یادداشت
cover-weather-text = اکنون پیش‌بینی در دسترس نیست.
safety-code-current = کد فعلی
safety-code-confirm = کد را دوباره بنویسید
safety-save = ذخیره
safety-remove = حذف

## Mobile shells: background work (sync and report sending started by the phone)

background-wifi-only = به‌روزرسانی در پس‌زمینه فقط با وای‌فای
    .hint = وقتی روشن باشد، Haven منتظر وای‌فای می‌ماند و بعد در پس‌زمینه صفحه‌های راهنمای تازه را بررسی می‌کند یا گزارش‌های شما را می‌فرستد، پس از اینترنت همراه استفاده نمی‌کند. وقتی خاموش باشد، از هر اتصالی استفاده می‌شود.
background-wifi-only-on = به‌روزرسانی در پس‌زمینه فقط با وای‌فای. Haven منتظر وای‌فای می‌ماند و در پس‌زمینه از اینترنت همراه استفاده نمی‌کند.
background-wifi-only-off = به‌روزرسانی در پس‌زمینه فقط با وای‌فای. Haven ممکن است در پس‌زمینه از اینترنت همراه استفاده کند.
