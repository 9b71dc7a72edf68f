# Haven UI strings: English (the source every other locale translates).
# review-status: original

## App and navigation

# untranslated: brand name, the same in every language
app-name = Haven
nav-home = Home
nav-back = Back
nav-browse = Browse
nav-helplines = Helplines
nav-language = Language
nav-region = Country
nav-search = Search
nav-quit = Quit
nav-open = Open
nav-next = Next
nav-previous = Previous
quick-exit = Quick exit
    .hint = Press Esc twice or F12 to leave at once
keys-hint = ↑↓ move · Enter open · Backspace back · q quit

## Home

home-title = How can we help?
home-urgent = Urgent help
home-urgent-none = Choose your country to see emergency numbers.
home-categories = Information
home-region = Your country: { $region }
home-region-unset = Choose your country

category-understanding = What is modern slavery?
    .description = What exploitation and trafficking are, and that it is not your fault.
category-signs = Spot the signs
    .description = What exploitation can look like, at work and at home.
category-rights = Your rights
    .description = What you are entitled to, whatever your situation.
category-help = Getting help
    .description = Who you can talk to and what happens when you do.
category-safety = Staying safe
    .description = Keeping yourself and your phone safe.
category-reporting = Report a concern
    .description = How to tell a helpline what you have seen.

article-count = { $count ->
    [0] No articles
    [one] { $count } article
   *[other] { $count } articles
}

## Articles

articles-title = All articles
articles-empty = No articles match. Try another category.
article-machine-translation = This translation was made by machine and has not yet been checked by an NGO.
article-fallback = This page is not yet available in your language. It is shown in { $language }.
article-urgent = Urgent

sector-car-wash = Car washes
sector-nail-bar = Nail bars
sector-agriculture = Farms and agriculture
sector-construction = Construction
sector-hospitality = Hotels, restaurants and cleaning
sector-domestic-work = Domestic work
sector-factory-warehouse = Factories and warehouses
sector-fishing = Fishing
sector-sexual-exploitation = Sexual exploitation
sector-criminal-exploitation = Criminal exploitation

audience-potential-victim = For people who may be exploited
audience-public = For members of the public
audience-worker = For workers

## Helplines

helplines-title = Helplines
helplines-in-region = Helplines in { $region }
helplines-everywhere = Helplines in every country
helplines-empty = We have no helplines for this country yet. In an emergency, call your local emergency number.
helplines-choose-region = Choose a country
helpline-emergency = Emergency
helpline-open-always = Open 24 hours
helpline-open-until = Open now · closes { $time }
helpline-open = Open now
helpline-closed-until = Closed · opens { $time }
helpline-closed = Closed now
helpline-hours-unknown = Opening hours not known
helpline-time-zone = { $time } ({ $zone } time)
helpline-languages = Languages: { $languages }
helpline-verified = Details checked on { $date }. Source: { $source }
helpline-covers = Covers: { $regions }

cost-free = Free to contact
cost-local-rate = Costs the same as a local call
cost-premium = Costs more than a normal call

channel-phone = Call
channel-sms = Text
channel-whatsapp = WhatsApp
channel-webchat = Chat online
channel-email = Email

trace-call-log = The number will appear in your call history.
trace-phone-bill = The number may appear on a phone bill.
trace-sms-thread = Your messages stay in the phone's messages app.
trace-browser-history = The page will appear in your browser history.
trace-email-account = The email stays in your email account.
trace-app-account = The chat stays in that app's history.

weekday-time = { $day ->
    [mon] Mon { $time }
    [tue] Tue { $time }
    [wed] Wed { $time }
    [thu] Thu { $time }
    [fri] Fri { $time }
    [sat] Sat { $time }
   *[sun] Sun { $time }
}

## Search

search-title = Search
search-placeholder = Search articles and helplines
search-empty = Nothing found. Try other or fewer words.
search-results = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
search-english-added = Some results are in English.
search-helplines = Helplines
search-articles = Articles

## Language

language-title = Language
language-current = Current language
language-device = Use the phone's language

## Errors shown to the user

error-generic = Something went wrong. Your information is safe. Please try again.
error-not-found = This page is no longer available.

## Regions (country and area names)

region-GB = United Kingdom
region-GB-ENG = England
region-GB-WLS = Wales
region-GB-SCT = Scotland
region-GB-NIR = Northern Ireland
region-US = United States
region-AL = Albania
region-RO = Romania
region-UA = Ukraine
region-PL = Poland
region-VN = Vietnam
region-AT = Austria
region-BE = Belgium
region-BG = Bulgaria
region-HR = Croatia
region-CY = Cyprus
region-CZ = Czechia
region-DK = Denmark
region-EE = Estonia
region-FI = Finland
region-FR = France
region-DE = Germany
region-GR = Greece
region-IE = Ireland
region-IT = Italy
region-LV = Latvia
region-LT = Lithuania
region-LU = Luxembourg
region-MT = Malta
region-NL = Netherlands
region-PT = Portugal
region-SK = Slovakia
region-SI = Slovenia
region-ES = Spain
region-SE = Sweden
region-HU = Hungary

## Safety: the disguise calculator

calc-title = Calculator
calc-memory = Memory
calc-error-divide-by-zero = Cannot divide by 0
calc-error-overflow = Number too large
calc-key-point = decimal point
calc-key-add = plus
calc-key-subtract = minus
calc-key-multiply = times
calc-key-divide = divided by
calc-key-equals = equals
calc-key-percent = percent
calc-key-sign = change sign
calc-key-clear = clear entry
calc-key-all-clear = all clear
calc-key-backspace = delete last digit
calc-key-memory-clear = memory clear
calc-key-memory-recall = memory recall
calc-key-memory-add = memory add
calc-key-memory-subtract = memory subtract

## Safety: unlock

unlock-title = Enter your code
unlock-code = Code
unlock-submit = Open
unlock-wrong = That code is not right.
unlock-wait = { $seconds ->
    [one] Too many tries. Wait { $seconds } second.
   *[other] Too many tries. Wait { $seconds } seconds.
}

## Safety: settings

safety-title = Safety
safety-unlock-code = Unlock code
    .hint = 4 to 12 digits. Haven asks for it every time it opens.
safety-protect-key = Also lock Haven's data with this code
safety-duress-code = Emergency code
    .hint = If someone forces you to open Haven, type this code instead. Haven opens as normal, but everything you saved is deleted.
safety-disguise = Disguise
    .hint = How Haven looks on your phone.
safety-disguise-none = No disguise
safety-disguise-calculator = Calculator
safety-disguise-notes = Notes
safety-disguise-weather = Weather
safety-auto-lock = Lock when I leave Haven
safety-auto-lock-never = Never
safety-auto-lock-now = At once
safety-auto-lock-after = { $minutes ->
    [one] After { $minutes } minute
   *[other] After { $minutes } minutes
}
safety-wipe-after = Delete everything after wrong codes
safety-wipe-after-count = { $count ->
    [one] After { $count } wrong code
   *[other] After { $count } wrong codes
}
safety-exit-page = Page to open on quick exit
safety-wipe = Delete everything now
    .hint = Deletes your reports and settings. The help pages stay.
safety-wipe-confirm = Delete everything? This cannot be undone.
safety-saved = Saved.
safety-code-mismatch = The codes do not match.
safety-error-code = A code is { $min } to { $max } digits, using 0–9 only.
safety-error-same-codes = The emergency code must be different from the unlock code.
safety-error-no-code = No unlock code is set. Set one first.
safety-error-auto-lock = Haven can wait at most a day before it locks. Choose a shorter time, or never.
safety-error-wipe-after = Choose from { $min } to { $max } wrong codes, or never.
safety-error-exit-page = The exit page must be a web address that starts with https://
safety-error-unknown-disguise = There is no such disguise. Choose one of: { $choices }
safety-error-not-a-number = Type a number, or { $never }.

## Content preview (haven-hub preview, for NGO editors)

preview-title = Haven content preview
preview-notice = Preview for content editors: nothing here is published until you publish it with haven-hub.
preview-not-translated = Not yet in this language
preview-hours = Hours ({ $zone }): { $hours }
review-original = Original text
review-machine = Machine translation, not yet reviewed
review-reviewed = Reviewed translation

## Content updates (sync)

sync-title = Content updates
sync-checking = Checking for updates…
sync-checking-publisher = Checking { $publisher } ({ $index } of { $total })…
sync-downloading = Downloading from { $publisher }: { $done } of { $total }
sync-applying = Saving the updates…
sync-updated = { $publisher }: updated to version { $version } ({ $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
}, { $helplines ->
    [one] { $helplines } helpline
   *[other] { $helplines } helplines
})
sync-removed = { $publisher }: no longer trusted; its pages were removed
sync-refused = { $publisher }: update refused ({ $reason }); the pages you have stay
sync-nothing-new = Everything is up to date.
sync-age = { $publisher }: published { $days ->
    [0] today
    [one] { $days } day ago
   *[other] { $days } days ago
}
sync-age-expired = { $publisher }: published { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}; no newer version could be checked, so these pages may be out of date
sync-reason-signature = not signed by a trusted key
sync-reason-scope = outside what this publisher may publish
sync-reason-rollback = older than the version you have
sync-reason-expired = expired
sync-reason-network = the network or server failed
sync-reason-invalid = damaged or invalid content
sync-no-source = No update address is set: give one, e.g. haven sync https://example.org/haven

## Report a concern (issue 5: report forms, review, outbox)

report-menu = Report a concern
report-new = New report to { $helpline }
report-no-form = This helpline does not take reports through Haven yet.
report-next = Next
report-back = Back
report-review = Review
report-optional = Optional
report-saved = Saved on this phone, encrypted.
report-progress = Step { $step } of { $total }
report-place-text = Describe the place
report-postcode = Postcode or town (optional)
report-use-location = Use my location (about 1 km)
report-location-shared = Approximate location shared
report-contact-anonymous = Stay anonymous
report-contact-phone = Phone
report-contact-email = Email
report-contact-value = Number or address
report-safe-times = Safe times to call
report-may-leave-message = A message may be left
report-message-yes = A message may be left
report-message-no = Do not leave a message
report-date-hint = Date as YYYY-MM-DD
report-datetime-hint = Date and time as YYYY-MM-DD HH:MM
report-not-answered = Not answered
report-error-required = Please answer this question.
report-error-too-long = This is too long: at most { $max } characters.
report-error-not-an-option = Please choose one of the options.
report-error-wrong-kind = This answer does not fit this question.
report-error-not-a-date = Please give a real date, like 2026-11-20.
report-error-in-future = This date is in the future.
report-error-control-characters = This text contains characters that cannot be sent.
report-error-bad-phone = This does not look like a phone number.
report-error-bad-email = This does not look like an email address.
report-error-contact-missing = Please give a number or address, or choose to stay anonymous.
report-error-bad-location = The location could not be read.
report-error-report-too-large = This report is too long to send. Please shorten the longest answers.
report-review-title = Check your report
report-review-missing = Required answers missing: { $count }
report-submit = Send report
report-edit = Change
report-privacy = Only { $helpline } can read this report. It is locked before it leaves your phone and does not include your name or phone unless you chose to be contacted.
report-offline = No connection? Your report waits on this phone and is sent when you are back online.
report-outbox-title = Your reports
report-outbox-empty = No reports yet.
report-send-now = Send now
report-cancel = Cancel sending
report-delete = Delete
report-state-draft = Draft, not sent
report-state-queued = Waiting to send
report-state-sending = Sending…
report-state-received = Received by the helpline
report-state-failed = Not accepted by the helpline ({ $reason })
report-state-retrying = Waiting to try again (attempts: { $attempts })
report-reference = Your reference: { $reference }
report-deliver-summary = Delivered: { $delivered } · Waiting: { $waiting } · Not accepted: { $failed }

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = Note
cover-weather-text = No forecast available right now.
safety-code-current = Current code
safety-code-confirm = Type the code again
safety-save = Save
safety-remove = Remove

## Mobile shells: background work (sync and report sending started by the phone)

background-wifi-only = Background updates on Wi-Fi only
    .hint = When this is on, Haven waits for Wi-Fi before it checks for new help pages or sends your reports in the background, so it uses no mobile data. When it is off, any connection is used.
background-wifi-only-on = Background updates on Wi-Fi only. Haven waits for Wi-Fi and uses no mobile data in the background.
background-wifi-only-off = Background updates on Wi-Fi only. Haven may use mobile data in the background.
