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

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = Notiță
cover-weather-text = Nicio prognoză disponibilă momentan.
safety-code-current = Codul actual
safety-code-confirm = Scrie codul din nou
safety-save = Salvează
safety-remove = Elimină
