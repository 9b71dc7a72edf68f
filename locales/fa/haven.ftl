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

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = یادداشت
cover-weather-text = اکنون پیش‌بینی در دسترس نیست.
safety-code-current = کد فعلی
safety-code-confirm = کد را دوباره بنویسید
safety-save = ذخیره
safety-remove = حذف
