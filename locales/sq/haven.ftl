# Haven UI strings: Albanian (shqip), translated from English.
# review-status: machine

## App and navigation

# untranslated: brand name, the same in every language
app-name = Haven
nav-home = Kreu
nav-back = Prapa
nav-browse = Shfleto
nav-helplines = Linjat e ndihmës
nav-language = Gjuha
nav-region = Vendi
nav-search = Kërko
nav-quit = Dil
nav-open = Hap
nav-next = Tjetri
nav-previous = I mëparshmi
quick-exit = Dalje e shpejtë
    .hint = Shtypni Esc dy herë ose F12 për të dalë menjëherë
keys-hint = ↑↓ lëviz · Enter hap · Backspace prapa · q dil

## Home

home-title = Si mund t'ju ndihmojmë?
home-urgent = Ndihmë urgjente
home-urgent-none = Zgjidhni vendin tuaj për të parë numrat e urgjencës.
home-categories = Informacion
home-region = Vendi juaj: { $region }
home-region-unset = Zgjidhni vendin tuaj

category-understanding = Çfarë është skllavëria moderne?
    .description = Çfarë janë shfrytëzimi dhe trafikimi. Nuk është faji juaj.
category-signs = Njihni shenjat
    .description = Si mund të duket shfrytëzimi, në punë dhe në shtëpi.
category-rights = Të drejtat tuaja
    .description = Çfarë ju takon, cilado qoftë situata juaj.
category-help = Si të merrni ndihmë
    .description = Me kë mund të flisni dhe çfarë ndodh kur e bëni.
category-safety = Si të qëndroni të sigurt
    .description = Si ta mbani të sigurt veten dhe telefonin tuaj.
category-reporting = Raportoni një shqetësim
    .description = Si t'i tregoni një linje ndihme atë që keni parë.

article-count = { $count ->
    [0] Asnjë artikull
    [one] { $count } artikull
   *[other] { $count } artikuj
}

## Articles

articles-title = Të gjithë artikujt
articles-empty = Asnjë artikull nuk përputhet. Provoni një kategori tjetër.
article-machine-translation = Ky përkthim është bërë me makinë dhe ende nuk është kontrolluar nga një OJQ.
article-fallback = Kjo faqe nuk është ende në gjuhën tuaj. Po shfaqet në këtë gjuhë: { $language }.
article-urgent = Urgjente

sector-car-wash = Lavazhe makinash
sector-nail-bar = Sallone thonjsh
sector-agriculture = Ferma dhe bujqësi
sector-construction = Ndërtim
sector-hospitality = Hotele, restorante dhe pastrim
sector-domestic-work = Punë shtëpie
sector-factory-warehouse = Fabrika dhe magazina
sector-fishing = Peshkim
sector-sexual-exploitation = Shfrytëzim seksual
sector-criminal-exploitation = Shfrytëzim për krime

audience-potential-victim = Për njerëzit që mund të jenë të shfrytëzuar
audience-public = Për publikun
audience-worker = Për punëtorët

## Helplines

helplines-title = Linjat e ndihmës
helplines-in-region = Linjat e ndihmës: { $region }
helplines-everywhere = Linjat e ndihmës në të gjitha vendet
helplines-empty = Ende nuk kemi linja ndihme për këtë vend. Në rast urgjence, telefononi numrin vendor të urgjencës.
helplines-choose-region = Zgjidhni një vend
helpline-emergency = Urgjencë
helpline-open-always = Hapur 24 orë
helpline-open-until = Hapur tani · mbyllet { $time }
helpline-open = Hapur tani
helpline-closed-until = Mbyllur · hapet { $time }
helpline-closed = Mbyllur tani
helpline-hours-unknown = Orari nuk dihet
helpline-time-zone = { $time } (ora e { $zone })
helpline-languages = Gjuhët: { $languages }
helpline-verified = Të dhënat u kontrolluan më { $date }. Burimi: { $source }
helpline-covers = Mbulon: { $regions }

cost-free = Falas
cost-local-rate = Kushton sa një telefonatë vendore
cost-premium = Kushton më shumë se një telefonatë e zakonshme

channel-phone = Telefono
channel-sms = Dërgo SMS
# untranslated: brand name, the same in every language
channel-whatsapp = WhatsApp
channel-webchat = Bisedo në internet
channel-email = Dërgo email

trace-call-log = Numri do të shfaqet në historikun e telefonatave.
trace-phone-bill = Numri mund të shfaqet në faturën e telefonit.
trace-sms-thread = Mesazhet tuaja mbeten në aplikacionin e mesazheve të telefonit.
trace-browser-history = Faqja do të shfaqet në historikun e shfletuesit.
trace-email-account = Email-i mbetet në llogarinë tuaj të email-it.
trace-app-account = Biseda mbetet në historikun e atij aplikacioni.

weekday-time = { $day ->
    [mon] hën { $time }
    [tue] mar { $time }
    [wed] mër { $time }
    [thu] enj { $time }
    [fri] pre { $time }
    [sat] sht { $time }
   *[sun] die { $time }
}

## Search

search-title = Kërko
search-placeholder = Kërkoni artikuj dhe linja ndihme
search-empty = Nuk u gjet asgjë. Provoni fjalë të tjera ose më pak fjalë.
search-results = { $count ->
    [one] { $count } rezultat
   *[other] { $count } rezultate
}
search-english-added = Disa rezultate janë në anglisht.
search-helplines = Linjat e ndihmës
search-articles = Artikujt

## Language

language-title = Gjuha
language-current = Gjuha e tanishme
language-device = Përdor gjuhën e telefonit

## Errors shown to the user

error-generic = Diçka shkoi keq. Të dhënat tuaja janë të sigurta. Ju lutemi, provoni përsëri.
error-not-found = Kjo faqe nuk është më e disponueshme.

## Regions (country and area names)

region-GB = Mbretëria e Bashkuar
region-GB-ENG = Anglia
region-GB-WLS = Uellsi
region-GB-SCT = Skocia
region-GB-NIR = Irlanda e Veriut
region-US = Shtetet e Bashkuara
region-AL = Shqipëria
region-RO = Rumania
region-UA = Ukraina
region-PL = Polonia
region-VN = Vietnami
# untranslated: the country has the same name in Albanian
region-AT = Austria
region-BE = Belgjika
region-BG = Bullgaria
region-HR = Kroacia
region-CY = Qiproja
region-CZ = Çekia
region-DK = Danimarka
# untranslated: the country has the same name in Albanian
region-EE = Estonia
region-FI = Finlanda
region-FR = Franca
region-DE = Gjermania
region-GR = Greqia
region-IE = Irlanda
region-IT = Italia
region-LV = Letonia
region-LT = Lituania
region-LU = Luksemburgu
# untranslated: the country has the same name in Albanian
region-MT = Malta
region-NL = Holanda
region-PT = Portugalia
region-SK = Sllovakia
region-SI = Sllovenia
region-ES = Spanja
region-SE = Suedia
region-HU = Hungaria

## Safety: the disguise calculator

calc-title = Makina llogaritëse
calc-memory = Memoria
calc-error-divide-by-zero = Nuk pjesëtohet me 0
calc-error-overflow = Numër shumë i madh
calc-key-point = presje
# untranslated: "plus" is also the word an Albanian calculator speaks
calc-key-add = plus
# untranslated: "minus" is also the word an Albanian calculator speaks
calc-key-subtract = minus
calc-key-multiply = shumëzuar me
calc-key-divide = pjesëtuar me
calc-key-equals = baras me
calc-key-percent = përqind
calc-key-sign = ndrysho shenjën
calc-key-clear = pastro numrin
calc-key-all-clear = pastro të gjitha
calc-key-backspace = fshi shifrën e fundit
calc-key-memory-clear = pastro memorien
calc-key-memory-recall = thirr memorien
calc-key-memory-add = shto në memorie
calc-key-memory-subtract = zbrit nga memoria

## Safety: unlock

unlock-title = Shkruani kodin tuaj
unlock-code = Kodi
unlock-submit = Hap
unlock-wrong = Ky kod nuk është i saktë.
unlock-wait = { $seconds ->
    [one] Shumë përpjekje. Prisni { $seconds } sekondë.
   *[other] Shumë përpjekje. Prisni { $seconds } sekonda.
}

## Safety: settings

safety-title = Siguria
safety-unlock-code = Kodi i zhbllokimit
    .hint = Nga 4 deri në 12 shifra. Haven e kërkon sa herë që hapet.
safety-protect-key = Kyç edhe të dhënat e Haven me këtë kod
safety-duress-code = Kodi i urgjencës
    .hint = Nëse dikush ju detyron të hapni Haven, shkruani këtë kod në vend të kodit të zakonshëm. Haven hapet si zakonisht, por gjithçka që keni ruajtur fshihet.
safety-disguise = Maskimi
    .hint = Si duket Haven në telefonin tuaj.
safety-disguise-none = Pa maskim
safety-disguise-calculator = Makina llogaritëse
safety-disguise-notes = Shënime
safety-disguise-weather = Moti
safety-auto-lock = Kyç kur largohem nga Haven
safety-auto-lock-never = Asnjëherë
safety-auto-lock-now = Menjëherë
safety-auto-lock-after = { $minutes ->
    [one] Pas { $minutes } minute
   *[other] Pas { $minutes } minutash
}
safety-wipe-after = Fshi gjithçka pas kodeve të gabuara
safety-wipe-after-count = { $count ->
    [one] Pas { $count } kodi të gabuar
   *[other] Pas { $count } kodesh të gabuara
}
safety-exit-page = Faqja që hapet me daljen e shpejtë
safety-wipe = Fshi gjithçka tani
    .hint = Fshin raportet dhe cilësimet tuaja. Faqet e ndihmës mbeten.
safety-wipe-confirm = Të fshihet gjithçka? Kjo nuk mund të zhbëhet.
safety-saved = U ruajt.
safety-code-mismatch = Kodet nuk përputhen.
safety-error-code = Kodi ka nga { $min } deri në { $max } shifra, vetëm 0–9.
safety-error-same-codes = Kodi i urgjencës duhet të jetë i ndryshëm nga kodi i zhbllokimit.
safety-error-no-code = Nuk është vendosur kod zhbllokimi. Vendosni një më parë.
safety-error-auto-lock = Haven mund të presë të shumtën një ditë para se të kyçet. Zgjidhni një kohë më të shkurtër, ose asnjëherë.
safety-error-wipe-after = Zgjidhni nga { $min } deri në { $max } kode të gabuara, ose asnjëherë.
safety-error-exit-page = Faqja e daljes duhet të jetë një adresë uebi që fillon me https://
safety-error-unknown-disguise = Ky maskim nuk ekziston. Zgjidhni një nga: { $choices }
safety-error-not-a-number = Shkruani një numër, ose { $never }.

## Content preview (haven-hub preview, for NGO editors)

preview-title = Parapamje e përmbajtjes së Haven
preview-notice = Parapamje për redaktorët e përmbajtjes: asgjë këtu nuk publikohet derisa ta publikoni me haven-hub.
preview-not-translated = Ende jo në këtë gjuhë
preview-hours = Orari ({ $zone }): { $hours }
review-original = Tekst origjinal
review-machine = Përkthim automatik, ende i pakontrolluar
review-reviewed = Përkthim i kontrolluar

## Content updates (sync)

sync-title = Përditësimet e përmbajtjes
sync-checking = Po kontrollohet për përditësime…
sync-checking-publisher = Po kontrollohet { $publisher } ({ $index } nga { $total })…
sync-downloading = Po shkarkohet nga { $publisher }: { $done } nga { $total }
sync-applying = Po ruhen përditësimet…
sync-updated = { $publisher }: u përditësua në versionin { $version } ({ $articles ->
    [one] { $articles } artikull
   *[other] { $articles } artikuj
}, { $helplines ->
    [one] { $helplines } linjë ndihme
   *[other] { $helplines } linja ndihme
})
sync-removed = { $publisher }: nuk besohet më; faqet e tij u hoqën
sync-refused = { $publisher }: përditësimi u refuzua ({ $reason }); faqet që keni mbeten
sync-nothing-new = Gjithçka është e përditësuar.
sync-age = { $publisher }: botuar { $days ->
    [0] sot
    [one] { $days } ditë më parë
   *[other] { $days } ditë më parë
}
sync-age-expired = { $publisher }: botuar { $days ->
    [one] { $days } ditë më parë
   *[other] { $days } ditë më parë
}; nuk mund të kontrollohej asnjë version më i ri, prandaj këto faqe mund të jenë të vjetruara
sync-reason-signature = nuk është nënshkruar me një çelës të besuar
sync-reason-scope = jashtë asaj që ky botues lejohet të botojë
sync-reason-rollback = më i vjetër se versioni që keni
sync-reason-expired = ka skaduar
sync-reason-network = rrjeti ose serveri nuk funksionoi
sync-reason-invalid = përmbajtje e dëmtuar ose e pavlefshme
sync-no-source = Nuk është caktuar asnjë adresë përditësimi: jepni një, p.sh. haven sync https://example.org/haven

## Report a concern (issue 5: report forms, review, outbox)

report-menu = Raporto një shqetësim
report-new = Raport i ri për { $helpline }
report-no-form = Kjo linjë ndihme nuk pranon ende raporte përmes Haven.
report-next = Tjetra
report-back = Prapa
report-review = Rishiko
report-optional = Opsionale
report-saved = Ruajtur në këtë telefon, i enkriptuar.
report-progress = Hapi { $step } nga { $total }
report-place-text = Përshkruani vendin
report-postcode = Kodi postar ose qyteti (opsionale)
report-use-location = Përdor vendndodhjen time (rreth 1 km)
report-location-shared = U nda vendndodhja e përafërt
report-contact-anonymous = Mbetu anonim
report-contact-phone = Telefon
report-contact-email = Postë elektronike
report-contact-value = Numri ose adresa
report-safe-times = Orë të sigurta për t'ju telefonuar
report-may-leave-message = Mund të lihet një mesazh
report-message-yes = Mund të lihet një mesazh
report-message-no = Mos lini mesazh
report-date-hint = Data si VVVV-MM-DD
report-datetime-hint = Data dhe ora si VVVV-MM-DD OO:MM
report-not-answered = Pa përgjigje
report-error-required = Ju lutemi përgjigjuni kësaj pyetjeje.
report-error-too-long = Është shumë e gjatë: më së shumti { $max } karaktere.
report-error-not-an-option = Ju lutemi zgjidhni një nga opsionet.
report-error-wrong-kind = Kjo përgjigje nuk i përshtatet kësaj pyetjeje.
report-error-not-a-date = Ju lutemi jepni një datë të vërtetë, p.sh. 2026-11-20.
report-error-in-future = Kjo datë është në të ardhmen.
report-error-control-characters = Ky tekst përmban karaktere që nuk mund të dërgohen.
report-error-bad-phone = Ky nuk duket si numër telefoni.
report-error-bad-email = Kjo nuk duket si adresë emaili.
report-error-contact-missing = Ju lutemi jepni një numër ose adresë, ose zgjidhni të mbeteni anonim.
report-error-bad-location = Vendndodhja nuk mund të lexohej.
report-error-report-too-large = Ky raport është shumë i gjatë për t'u dërguar. Ju lutemi shkurtoni përgjigjet më të gjata.
report-review-title = Kontrolloni raportin tuaj
report-review-missing = Mungojnë përgjigje të detyrueshme: { $count }
report-submit = Dërgo raportin
report-edit = Ndrysho
report-privacy = Vetëm { $helpline } mund ta lexojë këtë raport. Ai kyçet para se të largohet nga telefoni juaj dhe nuk përmban emrin apo telefonin tuaj, përveç nëse zgjodhët të kontaktoheni.
report-offline = Pa lidhje? Raporti pret në këtë telefon dhe dërgohet kur të jeni sërish në linjë.
report-outbox-title = Raportet tuaja
report-outbox-empty = Ende nuk ka raporte.
report-send-now = Dërgo tani
report-cancel = Anulo dërgimin
report-delete = Fshi
report-state-draft = Draft, i padërguar
report-state-queued = Në pritje për t'u dërguar
report-state-sending = Po dërgohet…
report-state-received = U mor nga linja e ndihmës
report-state-failed = Nuk u pranua nga linja e ndihmës ({ $reason })
report-state-retrying = Në pritje për një provë tjetër (përpjekje: { $attempts })
report-reference = Referenca juaj: { $reference }
report-deliver-summary = Dorëzuar: { $delivered } · Në pritje: { $waiting } · Të papranuara: { $failed }

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = Shënim
cover-weather-text = Nuk ka parashikim për momentin.
safety-code-current = Kodi aktual
safety-code-confirm = Shkruaje kodin përsëri
safety-save = Ruaj
safety-remove = Hiq

## Mobile shells: background work (sync and report sending started by the phone)

background-wifi-only = Përditësime në sfond vetëm me Wi-Fi
    .hint = Kur është aktive, Haven pret për Wi-Fi para se të kontrollojë për faqe të reja ndihme ose të dërgojë raportet tuaja në sfond, kështu që nuk përdor të dhëna celulare. Kur është joaktive, përdoret çdo lidhje.
background-wifi-only-on = Përditësime në sfond vetëm me Wi-Fi. Haven pret për Wi-Fi dhe nuk përdor të dhëna celulare në sfond.
background-wifi-only-off = Përditësime në sfond vetëm me Wi-Fi. Haven mund të përdorë të dhëna celulare në sfond.
