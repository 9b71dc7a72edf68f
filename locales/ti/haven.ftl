# Haven UI strings: Tigrinya (ትግርኛ), translated from English.
# review-status: machine

## App and navigation

# untranslated: brand name, the same in every language
app-name = Haven
nav-home = ቀንዲ ገጽ
nav-back = ንድሕሪት
nav-browse = ሓበሬታ ርኣዩ
nav-helplines = መስመራት ሓገዝ
nav-language = ቋንቋ
nav-region = ሃገር
nav-search = ድለዩ
nav-quit = ውጽኡ
nav-open = ክፈቱ
nav-next = ዝቕጽል
nav-previous = ዝሓለፈ
quick-exit = ቅልጡፍ ምውጻእ
    .hint = ብቕጽበት ንምውጻእ Esc ክልተ ግዜ ወይ F12 ጠውቑ
keys-hint = ↑↓ ምንቅስቓስ · Enter ምኽፋት · Backspace ንድሕሪት · q ምውጻእ

## Home

home-title = ብኸመይ ክንሕግዘኩም ንኽእል?
home-urgent = ህጹጽ ሓገዝ
home-urgent-none = ቁጽርታት ህጹጽ ሓገዝ ንምርኣይ ሃገርኩም ምረጹ።
home-categories = ሓበሬታ
home-region = ሃገርኩም፦ { $region }
home-region-unset = ሃገርኩም ምረጹ

category-understanding = ዘመናዊ ባርነት እንታይ እዩ?
    .description = ምዝመዛን ንግዲ ደቂ ሰባትን እንታይ ምዃኖም። እዚ ናትኩም ጌጋ ኣይኮነን።
category-signs = ምልክታት ምልላይ
    .description = ምዝመዛ ኣብ ስራሕን ኣብ ገዛን ከመይ ክመስል ከም ዝኽእል።
category-rights = መሰላትኩም
    .description = ኩነታትኩም ዝኾነ ይኹን፣ ዘለኩም መሰላት።
category-help = ሓገዝ ምርካብ
    .description = ምስ መን ክትዛረቡ ከም እትኽእሉ፣ ምስ ተዛረብኩም ድማ እንታይ ከም ዝኸውን።
category-safety = ውሑስ ምጽናሕ
    .description = ንርእስኹምን ንተሌፎንኩምን ውሑስ ምግባር።
category-reporting = ስክፍታ ምሕባር
    .description = ዝረኣኹምዎ ነገር ንመስመር ሓገዝ ብኸመይ ከም እትሕብሩ።

article-count = { $count ->
    [0] ጽሑፍ የለን
    [one] { $count } ጽሑፍ
   *[other] { $count } ጽሑፋት
}

## Articles

articles-title = ኩሎም ጽሑፋት
articles-empty = ዝሰማማዕ ጽሑፍ የለን። ካልእ ምድብ ፈትኑ።
article-machine-translation = እዚ ትርጉም ብማሽን እዩ ተሰሪሑ። ገና ብዘይመንግስታዊ ትካል ኣይተመርመረን።
article-fallback = እዚ ገጽ ገና ብቋንቋኹም የለን። ብኸምዚ ቋንቋ እዩ ዝርአ ዘሎ፦ { $language }።
article-urgent = ህጹጽ

sector-car-wash = መሕጸቢ መካይን
sector-nail-bar = ሳሎናት ጽፍሪ
sector-agriculture = ግራውትን ሕርሻን
sector-construction = ስራሕ ህንጻ
sector-hospitality = ሆቴላት፣ ቤት መግብታትን ጽሬትን
sector-domestic-work = ስራሕ ገዛ
sector-factory-warehouse = ፋብሪካታትን መኽዘናትን
sector-fishing = ግፋፍ ዓሳ
sector-sexual-exploitation = ጾታዊ ምዝመዛ
sector-criminal-exploitation = ገበን ንምፍጻም ምግዳድ

audience-potential-victim = ምዝመዛ ዘጋጥሞም ክኸውን ንዝኽእል ሰባት
audience-public = ንህዝቢ
audience-worker = ንሰራሕተኛታት

## Helplines

helplines-title = መስመራት ሓገዝ
helplines-in-region = መስመራት ሓገዝ ኣብ { $region }
helplines-everywhere = መስመራት ሓገዝ ኣብ ኩለን ሃገራት
helplines-empty = ነዛ ሃገር ገና መስመር ሓገዝ የብልናን። ኣብ ህጹጽ እዋን፣ ናይ ከባቢኹም ቁጽሪ ህጹጽ ሓገዝ ደውሉ።
helplines-choose-region = ሃገር ምረጹ
helpline-emergency = ህጹጽ
helpline-open-always = 24 ሰዓት ክፉት
helpline-open-until = ሕጂ ክፉት · ኣብ { $time } ይዕጾ
helpline-open = ሕጂ ክፉት
helpline-closed-until = ዕጹው · ኣብ { $time } ይኽፈት
helpline-closed = ሕጂ ዕጹው
helpline-hours-unknown = ሰዓታት ስራሕ ኣይፍለጥን
helpline-time-zone = { $time } (ሰዓት { $zone })
helpline-languages = ቋንቋታት፦ { $languages }
helpline-verified = ሓበሬታ ኣብ { $date } ተረጋጊጹ። ምንጪ፦ { $source }
helpline-covers = ዝሽፍኖ ቦታ፦ { $regions }

cost-free = ብናጻ
cost-local-rate = ዋጋኡ ከም ናይ ከባቢ ጻውዒት እዩ
cost-premium = ካብ ልሙድ ጻውዒት ዝያዳ ይኽፈል

channel-phone = ደውሉ
channel-sms = መልእኽቲ ስደዱ
# untranslated: brand name, the same in every language
channel-whatsapp = WhatsApp
channel-webchat = ብኢንተርነት ተዛረቡ
channel-email = ኢመይል ስደዱ

trace-call-log = እቲ ቁጽሪ ኣብ ታሪኽ ጻውዒታትኩም ክርአ እዩ።
trace-phone-bill = እቲ ቁጽሪ ኣብ ሕሳብ ተሌፎን ክርአ ይኽእል እዩ።
trace-sms-thread = መልእኽትታትኩም ኣብቲ ናይ ተሌፎን መልእኽቲ ኣፕ ይተርፉ።
trace-browser-history = እቲ ገጽ ኣብ ታሪኽ ብራውዘር ክርአ እዩ።
trace-email-account = እቲ ኢመይል ኣብ ኣካውንት ኢመይልኩም ይተርፍ።
trace-app-account = እቲ ዕላል ኣብ ታሪኽ እቲ ኣፕ ይተርፍ።

weekday-time = { $day ->
    [mon] ሰኑይ { $time }
    [tue] ሰሉስ { $time }
    [wed] ረቡዕ { $time }
    [thu] ሓሙስ { $time }
    [fri] ዓርቢ { $time }
    [sat] ቀዳም { $time }
   *[sun] ሰንበት { $time }
}

## Search

search-title = ምድላይ
search-placeholder = ጽሑፋትን መስመራት ሓገዝን ድለዩ
search-empty = ዝተረኽበ የለን። ካልእ ቃላት ወይ ውሑድ ቃላት ፈትኑ።
search-results = { $count ->
    [one] { $count } ውጽኢት
   *[other] { $count } ውጽኢታት
}
search-english-added = ገለ ውጽኢታት ብእንግሊዝኛ እዮም።
search-helplines = መስመራት ሓገዝ
search-articles = ጽሑፋት

## Language

language-title = ቋንቋ
language-current = ሕጂ ዘሎ ቋንቋ
language-device = ቋንቋ ተሌፎን ተጠቐሙ

## Errors shown to the user

error-generic = ገለ ጸገም ኣጋጢሙ። ሓበሬታኹም ውሑስ እዩ። በጃኹም እንደገና ፈትኑ።
error-not-found = እዚ ገጽ ደጊም የለን።

## Regions (country and area names)

region-GB = ብሪጣንያ
region-GB-ENG = እንግሊዝ
region-GB-WLS = ዌልስ
region-GB-SCT = ስኮትላንድ
region-GB-NIR = ሰሜን ኣየርላንድ
region-US = ኣመሪካ
region-AL = ኣልባንያ
region-RO = ሩማንያ
region-UA = ዩክሬን
region-PL = ፖላንድ
region-VN = ቬትናም
region-AT = ኦስትርያ
region-BE = ቤልጅዩም
region-BG = ቡልጋርያ
region-HR = ክሮኤሽያ
region-CY = ቆጵሮስ
region-CZ = ቸክያ
region-DK = ደንማርክ
region-EE = ኤስቶንያ
region-FI = ፊንላንድ
region-FR = ፈረንሳ
region-DE = ጀርመን
region-GR = ግሪኽ
region-IE = ኣየርላንድ
region-IT = ኢጣልያ
region-LV = ላትቭያ
region-LT = ሊትዌንያ
region-LU = ሉክሰምበርግ
region-MT = ማልታ
region-NL = ኔዘርላንድ
region-PT = ፖርቱጋል
region-SK = ስሎቫክያ
region-SI = ስሎቬንያ
region-ES = ስጳኛ
region-SE = ሽወደን
region-HU = ሃንጋሪ

## Safety: the disguise calculator

calc-title = መቑጸሪ
calc-memory = ዝኽሪ
calc-error-divide-by-zero = ብ 0 ምምቃል ኣይከኣልን
calc-error-overflow = ቁጽሪ ኣዝዩ ዓብዩ
calc-key-point = ነጥቢ
calc-key-add = ምድማር
calc-key-subtract = ምጉዳል
calc-key-multiply = ምርባሕ
calc-key-divide = ምምቃል
calc-key-equals = ማዕረ
calc-key-percent = ሚእታዊት
calc-key-sign = ምልክት ምቕያር
calc-key-clear = ዝኣተወ ቁጽሪ ምድምሳስ
calc-key-all-clear = ኩሉ ምድምሳስ
calc-key-backspace = ናይ መወዳእታ ኣሃዝ ምድምሳስ
calc-key-memory-clear = ዝኽሪ ምድምሳስ
calc-key-memory-recall = ካብ ዝኽሪ ምምላስ
calc-key-memory-add = ናብ ዝኽሪ ምውሳኽ
calc-key-memory-subtract = ካብ ዝኽሪ ምጉዳል

## Safety: unlock

unlock-title = ኮድኩም ኣእትዉ
unlock-code = ኮድ
unlock-submit = ክፈቱ
unlock-wrong = እዚ ኮድ ትኽክል ኣይኮነን።
unlock-wait = { $seconds ->
    [one] ብዙሕ ፈተነታት። { $seconds } ካልኢት ተጸበዩ።
   *[other] ብዙሕ ፈተነታት። { $seconds } ካልኢት ተጸበዩ።
}

## Safety: settings

safety-title = ድሕንነት
safety-unlock-code = ኮድ ምኽፋት
    .hint = ካብ 4 ክሳብ 12 ኣሃዛት። Haven ኣብ ዝኽፈተሉ ግዜ ኩሉ ይሓተኩም።
safety-protect-key = ሓበሬታ Haven እውን ብዚ ኮድ ቆልፉ
safety-duress-code = ኮድ ህጹጽ እዋን
    .hint = ሓደ ሰብ Haven ክትከፍቱ እንተ ገደደኩም፣ ኣብ ክንዲ እቲ ልሙድ ኮድ እዚ ኮድ ኣእትዉ። Haven ከም ልሙድ ይኽፈት፣ ግን ዝዓቀብኩምዎ ኩሉ ይድምሰስ።
safety-disguise = ምሽፋን
    .hint = Haven ኣብ ተሌፎንኩም ከመይ ከም ዝመስል።
safety-disguise-none = ብዘይ ምሽፋን
safety-disguise-calculator = መቑጸሪ
safety-disguise-notes = መዘኻኸሪ
safety-disguise-weather = ኩነታት ኣየር
safety-auto-lock = ካብ Haven ምስ ወጻእኩ ይቆለፍ
safety-auto-lock-never = ፈጺሙ ኣይቆለፍን
safety-auto-lock-now = ብቕጽበት
safety-auto-lock-after = { $minutes ->
    [one] ድሕሪ { $minutes } ደቒቕ
   *[other] ድሕሪ { $minutes } ደቒቕ
}
safety-wipe-after = ብዙሕ ጌጋ ኮድ እንተ ኣተወ ኩሉ ይደምሰስ
safety-wipe-after-count = { $count ->
    [one] ድሕሪ { $count } ጌጋ ኮድ
   *[other] ድሕሪ { $count } ጌጋ ኮድ
}
safety-exit-page = ኣብ ቅልጡፍ ምውጻእ ዝኽፈት ገጽ
safety-wipe = ሕጂ ኩሉ ደምስሱ
    .hint = ጸብጻባትኩምን ምርጫታትኩምን ይድምሰሱ። ገጻት ሓገዝ ይተርፉ።
safety-wipe-confirm = ኩሉ ይደምሰስ ዶ? ድሕሪኡ ክምለስ ኣይክእልን።
safety-saved = ተዓቂቡ።
safety-code-mismatch = እቶም ኮዳት ኣይሰማምዑን።
safety-error-code = ኮድ ካብ { $min } ክሳብ { $max } ኣሃዛት እዩ፣ 0–9 ጥራይ።
safety-error-same-codes = ኮድ ህጹጽ እዋን ካብ ኮድ ምኽፋት ዝተፈልየ ክኸውን ኣለዎ።
safety-error-no-code = ኮድ ምኽፋት ኣይተቐመጠን። መጀመርታ ሓደ ኣቐምጡ።
safety-error-auto-lock = Haven ቅድሚ ምቁላፉ ብዝበዝሐ ሓንቲ መዓልቲ ክጽበ ይኽእል። ዝሓጸረ ግዜ ምረጹ፣ ወይ ፈጺሙ።
safety-error-wipe-after = ካብ { $min } ክሳብ { $max } ጌጋ ኮዳት ምረጹ፣ ወይ ፈጺሙ።
safety-error-exit-page = ገጽ ምውጻእ ብ https:// ዝጅምር ኣድራሻ መርበብ ክኸውን ኣለዎ
safety-error-unknown-disguise = ከምዚ ዝበለ ምሽፋን የለን። ካብዞም ሓደ ምረጹ፦ { $choices }
safety-error-not-a-number = ቁጽሪ ጽሓፉ፣ ወይ { $never }።

## Content preview (haven-hub preview, for NGO editors)

preview-title = ቅድመ-ርእይ ትሕዝቶ Haven
preview-notice = ንኣዳለውቲ ትሕዝቶ ዝኸውን ቅድመ-ርእይ፦ ብ haven-hub ክሳብ ዘሕትምዎ ኣብዚ ዘሎ ዋላ ሓደ ኣይሕተምን።
preview-not-translated = ገና ብዚ ቋንቋ ኣይተተርጎመን
preview-hours = ሰዓታት ስራሕ ({ $zone })፦ { $hours }
review-original = መበቆላዊ ጽሑፍ
review-machine = ብማሽን ዝተተርጎመ፡ ገና ኣይተመርመረን
review-reviewed = ዝተመርመረ ትርጉም

## Content updates (sync)

sync-title = ምሕዳስ ትሕዝቶ
sync-checking = ምሕዳሳት ይፍተሹ ኣለዉ…
sync-checking-publisher = { $publisher } ይፍተሽ ኣሎ ({ $index } ካብ { $total })…
sync-downloading = ካብ { $publisher } ይወርድ ኣሎ፦ { $done } ካብ { $total }
sync-applying = ምሕዳሳት ይዕቀቡ ኣለዉ…
sync-updated = { $publisher }፦ ናብ ሕታም { $version } ተሓዲሱ ({ $articles ->
    [one] { $articles } ጽሑፍ
   *[other] { $articles } ጽሑፋት
}፣ { $helplines ->
    [one] { $helplines } መስመር ሓገዝ
   *[other] { $helplines } መስመራት ሓገዝ
})
sync-removed = { $publisher }፦ ደጊም እሙን ኣይኮነን፤ ገጻቱ ተደምሲሶም
sync-refused = { $publisher }፦ ምሕዳስ ተነጺጉ ({ $reason })፤ ዘለዉኹም ገጻት ከምዘለዉ ይጸንሑ
sync-nothing-new = ኩሉ ዝተሓደሰ እዩ።
sync-age = { $publisher }፦ { $days ->
    [0] ሎሚ ተዘርጊሑ
    [one] ቅድሚ { $days } መዓልቲ ተዘርጊሑ
   *[other] ቅድሚ { $days } መዓልቲ ተዘርጊሑ
}
sync-age-expired = { $publisher }፦ { $days ->
    [one] ቅድሚ { $days } መዓልቲ ተዘርጊሑ
   *[other] ቅድሚ { $days } መዓልቲ ተዘርጊሑ
}፤ ሓድሽ ሕታም ክፍተሽ ኣይተኻእለን፣ ስለዚ እዞም ገጻት ዝኣረጉ ክኾኑ ይኽእሉ
sync-reason-signature = ብእሙን መፍትሕ ኣይተፈረመን
sync-reason-scope = ካብቲ እዚ ኣሕታሚ ክዝርግሖ ዝፍቀደሉ ወጻኢ
sync-reason-rollback = ካብቲ ዘለኩም ሕታም ዝኣረገ
sync-reason-expired = ግዜኡ ሓሊፉ
sync-reason-network = መርበብ ወይ ሰርቨር ኣይሰርሐን
sync-reason-invalid = ዝተበላሸወ ወይ ዘይቅቡል ትሕዝቶ
sync-no-source = ናይ ምሕዳስ ኣድራሻ ኣይተቐመጠን፦ ሓደ ኣእትዉ፣ ንኣብነት haven sync https://example.org/haven

## Report a concern (issue 5: report forms, review, outbox)

report-menu = ስግኣት ሓብር
report-new = ሓድሽ ጸብጻብ ናብ { $helpline }
report-no-form = እዚ መስመር ሓገዝ ክሳብ ሕጂ ብ Haven ጸብጻባት ኣይቕበልን።
report-next = ቀጺሉ
report-back = ተመለስ
report-review = ርአ
report-optional = ኣማራጺ
report-saved = ኣብዚ ተሌፎን ተዓቂቡ፣ ተመስጢሩ።
report-progress = ስጉምቲ { $step } ካብ { $total }
report-place-text = ቦታ ግለጽ
report-postcode = ፖስታ ኮድ ወይ ከተማ (ኣማራጺ)
report-use-location = ቦታይ ተጠቐም (ብገምጋም 1 ኪሜ)
report-location-shared = ግምታዊ ቦታ ተኻፊሉ
report-contact-anonymous = ስምካ ከይገለጽካ ጽናሕ
report-contact-phone = ተሌፎን
report-contact-email = ኢመይል
report-contact-value = ቁጽሪ ወይ ኣድራሻ
report-safe-times = ንምድዋል ውሑስ ግዜ
report-may-leave-message = መልእኽቲ ክግደፍ ይከኣል
report-message-yes = መልእኽቲ ክግደፍ ይከኣል
report-message-no = መልእኽቲ ኣይትግደፉ
report-date-hint = ዕለት ከም YYYY-MM-DD
report-datetime-hint = ዕለትን ሰዓትን ከም YYYY-MM-DD HH:MM
report-not-answered = ኣይተመለሰን
report-error-required = በጃኹም ነዚ ሕቶ መልሱ።
report-error-too-long = ኣዝዩ ነዊሕ እዩ፡ እንተበዝሐ { $max } ፊደላት።
report-error-not-an-option = በጃኹም ሓደ ካብቶም ኣማራጺታት ምረጹ።
report-error-wrong-kind = እዚ መልሲ ነዚ ሕቶ ኣይሰማማዕን።
report-error-not-a-date = በጃኹም ሓቀኛ ዕለት ሃቡ፡ ንኣብነት 2026-11-20።
report-error-in-future = እዚ ዕለት ኣብ መጻኢ እዩ።
report-error-control-characters = እዚ ጽሑፍ ክለኣኹ ዘይክእሉ ፊደላት ሒዙ ኣሎ።
report-error-bad-phone = እዚ ቁጽሪ ተሌፎን ኣይመስልን።
report-error-bad-email = እዚ ኣድራሻ ኢመይል ኣይመስልን።
report-error-contact-missing = በጃኹም ቁጽሪ ወይ ኣድራሻ ሃቡ፡ ወይ ስምኩም ከይገለጽኩም ምጽናሕ ምረጹ።
report-error-bad-location = ቦታ ክንብብ ኣይተኻእለን።
report-error-report-too-large = እዚ ጸብጻብ ንምልኣኽ ኣዝዩ ነዊሕ እዩ። በጃኹም ነቶም ዝነውሑ መልስታት ኣሕጽርዎም።
report-review-title = ጸብጻብካ ፈትሽ
report-review-missing = ዝጎደሉ ግዱዳት መልስታት፡ { $count }
report-submit = ጸብጻብ ስደድ
report-edit = ቀይር
report-privacy = ነዚ ጸብጻብ ዘንብቦ { $helpline } ጥራይ እዩ። ካብ ተሌፎንካ ቅድሚ ምውጽኡ ይዕጾ፣ ክርከበካ እንተዘይመሪጽካ ድማ ስምካ ወይ ቁጽሪ ተሌፎንካ ኣይሕዝን።
report-offline = መራኸቢ የለን? ጸብጻብካ ኣብዚ ተሌፎን ይጽበ፣ ኢንተርነት ምስ ተመልሰ ድማ ይለኣኽ።
report-outbox-title = ጸብጻባትካ
report-outbox-empty = ክሳብ ሕጂ ጸብጻብ የለን።
report-send-now = ሕጂ ስደድ
report-cancel = ምልኣኽ ሰርዝ
report-delete = ሰርዝ
report-state-draft = ንድፊ፣ ኣይተላእከን
report-state-queued = ክለኣኽ ይጽበ ኣሎ
report-state-sending = ይለኣኽ ኣሎ…
report-state-received = መስመር ሓገዝ ተቐቢሉዎ
report-state-failed = መስመር ሓገዝ ኣይተቐበሎን ({ $reason })
report-state-retrying = ዳግማይ ፈተነ ይጽበ ኣሎ (ፈተነታት፡ { $attempts })
report-reference = መወከሲ ቁጽርኻ፡ { $reference }
report-deliver-summary = በጺሑ፡ { $delivered } · ዝጽበ፡ { $waiting } · ዘይተቐበሎ፡ { $failed }

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = መዘኻኸሪ
cover-weather-text = ሕጂ ትንቢት ኣየር ኣይርከብን።
safety-code-current = ህሉው ኮድ
safety-code-confirm = ኮድ ደጊምካ ጽሐፍ
safety-save = ዓቅብ
safety-remove = ኣልግስ

## Mobile shells: background work (sync and report sending started by the phone)

background-wifi-only = ምሕዳሳት ኣብ ድሕሪት ብዋይ-ፋይ ጥራይ
    .hint = እዚ ምስ ዝበርህ፣ Haven ኣብ ድሕሪት ሓደስቲ ገጻት ሓገዝ ቅድሚ ምፍታሹ ወይ ጸብጻባትኩም ቅድሚ ምልኣኹ ዋይ-ፋይ ይጽበ፣ ስለዚ ናይ ሞባይል ዳታ ኣይጥቀምን። ምስ ዝጠፍእ፣ ዝኾነ መራኸቢ ይጥቀም።
background-wifi-only-on = ምሕዳሳት ኣብ ድሕሪት ብዋይ-ፋይ ጥራይ። Haven ዋይ-ፋይ ይጽበ፣ ኣብ ድሕሪት ድማ ናይ ሞባይል ዳታ ኣይጥቀምን።
background-wifi-only-off = ምሕዳሳት ኣብ ድሕሪት ብዋይ-ፋይ ጥራይ። Haven ኣብ ድሕሪት ናይ ሞባይል ዳታ ክጥቀም ይኽእል።
