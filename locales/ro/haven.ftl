# Haven UI strings: Romanian (română), translated from English.
# review-status: machine

## App and navigation

# untranslated: brand name, the same in every language
app-name = Haven
nav-home = Acasă
nav-back = Înapoi
nav-browse = Răsfoiește
nav-helplines = Linii de asistență
nav-language = Limba
nav-region = Țara
nav-search = Caută
nav-quit = Ieșire
nav-open = Deschide
nav-next = Următorul
nav-previous = Anteriorul
quick-exit = Ieșire rapidă
    .hint = Apasă de două ori Esc sau F12 ca să ieși imediat
keys-hint = ↑↓ mută · Enter deschide · Backspace înapoi · q ieși

## Home

home-title = Cum te putem ajuta?
home-urgent = Ajutor urgent
home-urgent-none = Alege țara ta ca să vezi numerele de urgență.
home-categories = Informații
home-region = Țara ta: { $region }
home-region-unset = Alege țara ta

category-understanding = Ce este sclavia modernă?
    .description = Ce sunt exploatarea și traficul de persoane. Nu este vina ta.
category-signs = Recunoaște semnele
    .description = Cum poate arăta exploatarea, la muncă și acasă.
category-rights = Drepturile tale
    .description = Ce ți se cuvine, oricare ar fi situația ta.
category-help = Cum primești ajutor
    .description = Cu cine poți vorbi și ce se întâmplă când o faci.
category-safety = Cum rămâi în siguranță
    .description = Cum te protejezi pe tine și telefonul tău.
category-reporting = Semnalează o problemă
    .description = Cum îi spui unei linii de asistență ce ai văzut.

article-count = { $count ->
    [0] Niciun articol
    [one] { $count } articol
    [few] { $count } articole
   *[other] { $count } de articole
}

## Articles

articles-title = Toate articolele
articles-empty = Niciun articol nu se potrivește. Încearcă altă categorie.
article-machine-translation = Această traducere a fost făcută automat și nu a fost încă verificată de un ONG.
article-fallback = Această pagină nu este încă disponibilă în limba ta. Este afișată în limba: { $language }.
# untranslated: the same word in Romanian
article-urgent = Urgent

sector-car-wash = Spălătorii auto
sector-nail-bar = Saloane de manichiură
sector-agriculture = Ferme și agricultură
sector-construction = Construcții
sector-hospitality = Hoteluri, restaurante și curățenie
sector-domestic-work = Muncă în casă
sector-factory-warehouse = Fabrici și depozite
sector-fishing = Pescuit
sector-sexual-exploitation = Exploatare sexuală
sector-criminal-exploitation = Exploatare pentru infracțiuni

audience-potential-victim = Pentru persoanele care ar putea fi exploatate
audience-public = Pentru publicul larg
audience-worker = Pentru lucrători

## Helplines

helplines-title = Linii de asistență
helplines-in-region = Linii de asistență în { $region }
helplines-everywhere = Linii de asistență în toate țările
helplines-empty = Încă nu avem linii de asistență pentru această țară. În caz de urgență, sună la numărul local de urgență.
helplines-choose-region = Alege o țară
helpline-emergency = Urgență
helpline-open-always = Deschis non-stop
helpline-open-until = Deschis acum · se închide la { $time }
helpline-open = Deschis acum
helpline-closed-until = Închis · se deschide la { $time }
helpline-closed = Închis acum
helpline-hours-unknown = Program necunoscut
helpline-time-zone = { $time } (ora { $zone })
helpline-languages = Limbi: { $languages }
helpline-verified = Date verificate pe { $date }. Sursa: { $source }
helpline-covers = Acoperă: { $regions }

cost-free = Contact gratuit
cost-local-rate = Costă cât un apel local
cost-premium = Costă mai mult decât un apel obișnuit

channel-phone = Sună
channel-sms = Trimite SMS
# untranslated: brand name, the same in every language
channel-whatsapp = WhatsApp
channel-webchat = Discută online
channel-email = Trimite e-mail

trace-call-log = Numărul va apărea în istoricul apelurilor.
trace-phone-bill = Numărul poate apărea pe factura de telefon.
trace-sms-thread = Mesajele tale rămân în aplicația de mesaje a telefonului.
trace-browser-history = Pagina va apărea în istoricul browserului.
trace-email-account = E-mailul rămâne în contul tău de e-mail.
trace-app-account = Conversația rămâne în istoricul acelei aplicații.

weekday-time = { $day ->
    [mon] lun. { $time }
    [tue] mar. { $time }
    [wed] mie. { $time }
    [thu] joi { $time }
    [fri] vin. { $time }
    [sat] sâm. { $time }
   *[sun] dum. { $time }
}

## Search

search-title = Căutare
search-placeholder = Caută articole și linii de asistență
search-empty = Nu s-a găsit nimic. Încearcă alte cuvinte sau mai puține cuvinte.
search-results = { $count ->
    [one] { $count } rezultat
    [few] { $count } rezultate
   *[other] { $count } de rezultate
}
search-english-added = Unele rezultate sunt în engleză.
search-helplines = Linii de asistență
search-articles = Articole

## Language

language-title = Limba
language-current = Limba actuală
language-device = Folosește limba telefonului

## Errors shown to the user

error-generic = Ceva nu a mers bine. Informațiile tale sunt în siguranță. Te rugăm să încerci din nou.
error-not-found = Această pagină nu mai este disponibilă.

## Regions (country and area names)

region-GB = Regatul Unit
region-GB-ENG = Anglia
region-GB-WLS = Țara Galilor
region-GB-SCT = Scoția
region-GB-NIR = Irlanda de Nord
region-US = Statele Unite
# untranslated: the country has the same name in Romanian
region-AL = Albania
region-RO = România
region-UA = Ucraina
region-PL = Polonia
# untranslated: the country has the same name in Romanian
region-VN = Vietnam
# untranslated: the country has the same name in Romanian
region-AT = Austria
region-BE = Belgia
# untranslated: the country has the same name in Romanian
region-BG = Bulgaria
region-HR = Croația
region-CY = Cipru
region-CZ = Cehia
region-DK = Danemarca
# untranslated: the country has the same name in Romanian
region-EE = Estonia
region-FI = Finlanda
region-FR = Franța
region-DE = Germania
region-GR = Grecia
region-IE = Irlanda
region-IT = Italia
region-LV = Letonia
region-LT = Lituania
region-LU = Luxemburg
# untranslated: the country has the same name in Romanian
region-MT = Malta
region-NL = Țările de Jos
region-PT = Portugalia
region-SK = Slovacia
# untranslated: the country has the same name in Romanian
region-SI = Slovenia
region-ES = Spania
region-SE = Suedia
region-HU = Ungaria

## Safety: the disguise calculator

# untranslated: the phone's calculator app is called "Calculator" in Romanian too
calc-title = Calculator
calc-memory = Memorie
calc-error-divide-by-zero = Nu se poate împărți la 0
calc-error-overflow = Număr prea mare
calc-key-point = virgulă
# untranslated: "plus" is also the word a Romanian calculator speaks
calc-key-add = plus
# untranslated: "minus" is also the word a Romanian calculator speaks
calc-key-subtract = minus
calc-key-multiply = înmulțit cu
calc-key-divide = împărțit la
calc-key-equals = egal
calc-key-percent = procent
calc-key-sign = schimbă semnul
calc-key-clear = șterge numărul
calc-key-all-clear = șterge tot
calc-key-backspace = șterge ultima cifră
calc-key-memory-clear = golește memoria
calc-key-memory-recall = afișează memoria
calc-key-memory-add = adaugă în memorie
calc-key-memory-subtract = scade din memorie

## Safety: unlock

unlock-title = Introdu codul
unlock-code = Cod
unlock-submit = Deschide
unlock-wrong = Codul nu este corect.
unlock-wait = { $seconds ->
    [one] Prea multe încercări. Așteaptă { $seconds } secundă.
    [few] Prea multe încercări. Așteaptă { $seconds } secunde.
   *[other] Prea multe încercări. Așteaptă { $seconds } de secunde.
}

## Safety: settings

safety-title = Siguranță
safety-unlock-code = Cod de deblocare
    .hint = Între 4 și 12 cifre. Haven ți-l cere de fiecare dată când se deschide.
safety-protect-key = Blochează și datele din Haven cu acest cod
safety-duress-code = Cod de urgență
    .hint = Dacă cineva te obligă să deschizi Haven, scrie acest cod în locul celui obișnuit. Haven se deschide normal, dar tot ce ai salvat se șterge.
safety-disguise = Camuflaj
    .hint = Cum arată Haven pe telefonul tău.
safety-disguise-none = Fără camuflaj
# untranslated: the phone's calculator app is called "Calculator" in Romanian too
safety-disguise-calculator = Calculator
safety-disguise-notes = Notițe
safety-disguise-weather = Vremea
safety-auto-lock = Blochează când ies din Haven
safety-auto-lock-never = Niciodată
safety-auto-lock-now = Imediat
safety-auto-lock-after = { $minutes ->
    [one] După { $minutes } minut
    [few] După { $minutes } minute
   *[other] După { $minutes } de minute
}
safety-wipe-after = Șterge tot după coduri greșite
safety-wipe-after-count = { $count ->
    [one] După { $count } cod greșit
    [few] După { $count } coduri greșite
   *[other] După { $count } de coduri greșite
}
safety-exit-page = Pagina deschisă la ieșirea rapidă
safety-wipe = Șterge tot acum
    .hint = Îți șterge rapoartele și setările. Paginile de ajutor rămân.
safety-wipe-confirm = Ștergi tot? Acțiunea nu poate fi anulată.
safety-saved = Salvat.
safety-code-mismatch = Codurile nu se potrivesc.
safety-error-code = Un cod are între { $min } și { $max } cifre, doar 0–9.
safety-error-same-codes = Codul de urgență trebuie să fie diferit de codul de deblocare.
safety-error-no-code = Nu este setat niciun cod de deblocare. Setează mai întâi unul.
safety-error-auto-lock = Haven poate aștepta cel mult o zi înainte să se blocheze. Alege un timp mai scurt sau niciodată.
safety-error-wipe-after = Alege între { $min } și { $max } coduri greșite sau niciodată.
safety-error-exit-page = Pagina de ieșire trebuie să fie o adresă web care începe cu https://
safety-error-unknown-disguise = Acest camuflaj nu există. Alege unul dintre: { $choices }
safety-error-not-a-number = Scrie un număr sau { $never }.

## Content preview (haven-hub preview, for NGO editors)

preview-title = Previzualizarea conținutului Haven
preview-notice = Previzualizare pentru editorii de conținut: nimic de aici nu este publicat până nu îl publicați cu haven-hub.
preview-not-translated = Încă nu există în această limbă
preview-hours = Program ({ $zone }): { $hours }
review-original = Text original
review-machine = Traducere automată, încă neverificată
review-reviewed = Traducere verificată

## Content updates (sync)

sync-title = Actualizări de conținut
sync-checking = Se caută actualizări…
sync-checking-publisher = Se verifică { $publisher } ({ $index } din { $total })…
sync-downloading = Se descarcă de la { $publisher }: { $done } din { $total }
sync-applying = Se salvează actualizările…
sync-updated = { $publisher }: actualizat la versiunea { $version } ({ $articles ->
    [one] { $articles } articol
    [few] { $articles } articole
   *[other] { $articles } de articole
}, { $helplines ->
    [one] { $helplines } linie de asistență
    [few] { $helplines } linii de asistență
   *[other] { $helplines } de linii de asistență
})
sync-removed = { $publisher }: nu mai este de încredere; paginile sale au fost șterse
sync-refused = { $publisher }: actualizare refuzată ({ $reason }); paginile pe care le ai rămân
sync-nothing-new = Totul este la zi.
sync-age = { $publisher }: publicat { $days ->
    [0] azi
    [one] acum { $days } zi
    [few] acum { $days } zile
   *[other] acum { $days } de zile
}
sync-age-expired = { $publisher }: publicat { $days ->
    [one] acum { $days } zi
    [few] acum { $days } zile
   *[other] acum { $days } de zile
}; nu s-a putut verifica dacă există o versiune mai nouă, deci aceste pagini pot fi învechite
sync-reason-signature = nu este semnată cu o cheie de încredere
sync-reason-scope = în afara a ceea ce are voie să publice acest editor
sync-reason-rollback = mai veche decât versiunea pe care o ai
sync-reason-expired = expirată
sync-reason-network = rețeaua sau serverul nu a funcționat
sync-reason-invalid = conținut deteriorat sau nevalid
sync-no-source = Nu este setată nicio adresă de actualizare: introdu una, de exemplu haven sync https://example.org/haven

## Report a concern (issue 5: report forms, review, outbox)

report-menu = Raportează o îngrijorare
report-new = Raport nou către { $helpline }
report-no-form = Această linie de asistență nu primește încă rapoarte prin Haven.
report-next = Înainte
report-back = Înapoi
report-review = Verifică
report-optional = Opțional
report-saved = Salvat pe acest telefon, criptat.
report-progress = Pasul { $step } din { $total }
report-place-text = Descrie locul
report-postcode = Cod poștal sau oraș (opțional)
report-use-location = Folosește locația mea (aproximativ 1 km)
report-location-shared = Locație aproximativă partajată
report-contact-anonymous = Rămâi anonim
report-contact-phone = Telefon
report-contact-email = E-mail
report-contact-value = Număr sau adresă
report-safe-times = Ore sigure pentru a suna
report-may-leave-message = Se poate lăsa un mesaj
report-message-yes = Se poate lăsa un mesaj
report-message-no = Nu lăsați mesaj
report-date-hint = Data ca AAAA-LL-ZZ
report-datetime-hint = Data și ora ca AAAA-LL-ZZ HH:MM
report-not-answered = Fără răspuns
report-error-required = Te rugăm să răspunzi la această întrebare.
report-error-too-long = Textul este prea lung: cel mult { $max } caractere.
report-error-not-an-option = Te rugăm să alegi una dintre opțiuni.
report-error-wrong-kind = Acest răspuns nu se potrivește întrebării.
report-error-not-a-date = Te rugăm să dai o dată reală, de exemplu 2026-11-20.
report-error-in-future = Această dată este în viitor.
report-error-control-characters = Textul conține caractere care nu pot fi trimise.
report-error-bad-phone = Acesta nu pare un număr de telefon.
report-error-bad-email = Aceasta nu pare o adresă de e-mail.
report-error-contact-missing = Te rugăm să dai un număr sau o adresă, sau alege să rămâi anonim.
report-error-bad-location = Locația nu a putut fi citită.
report-error-report-too-large = Raportul este prea lung pentru a fi trimis. Te rugăm să scurtezi cele mai lungi răspunsuri.
report-review-title = Verifică raportul
report-review-missing = Răspunsuri obligatorii lipsă: { $count }
report-submit = Trimite raportul
report-edit = Modifică
report-privacy = Doar { $helpline } poate citi acest raport. Este încuiat înainte să plece de pe telefonul tău și nu conține numele sau telefonul tău, decât dacă ai ales să fii contactat.
report-offline = Fără conexiune? Raportul așteaptă pe acest telefon și se trimite când revii online.
report-outbox-title = Rapoartele tale
report-outbox-empty = Încă nu există rapoarte.
report-send-now = Trimite acum
report-cancel = Anulează trimiterea
report-delete = Șterge
report-state-draft = Ciornă, netrimisă
report-state-queued = Așteaptă să fie trimis
report-state-sending = Se trimite…
report-state-received = Primit de linia de asistență
report-state-failed = Neacceptat de linia de asistență ({ $reason })
report-state-retrying = Așteaptă o nouă încercare (încercări: { $attempts })
report-reference = Referința ta: { $reference }
report-deliver-summary = Livrate: { $delivered } · În așteptare: { $waiting } · Neacceptate: { $failed }

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = Notiță
cover-weather-text = Nicio prognoză disponibilă momentan.
safety-code-current = Codul actual
safety-code-confirm = Scrie codul din nou
safety-save = Salvează
safety-remove = Elimină

## Mobile shells: background work (sync and report sending started by the phone)

background-wifi-only = Actualizări în fundal doar prin Wi-Fi
    .hint = Când este activată, Haven așteaptă o rețea Wi-Fi înainte să caute pagini de ajutor noi sau să-ți trimită rapoartele în fundal, așa că nu folosește date mobile. Când este dezactivată, folosește orice conexiune.
background-wifi-only-on = Actualizări în fundal doar prin Wi-Fi. Haven așteaptă o rețea Wi-Fi și nu folosește date mobile în fundal.
background-wifi-only-off = Actualizări în fundal doar prin Wi-Fi. Haven poate folosi date mobile în fundal.
