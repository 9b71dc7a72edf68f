# Haven UI strings: Polish (polski), translated from English.
# review-status: machine

## App and navigation

# untranslated: brand name, the same in every language
app-name = Haven
nav-home = Strona główna
nav-back = Wstecz
nav-browse = Przeglądaj
nav-helplines = Telefony pomocy
nav-language = Język
nav-region = Kraj
nav-search = Szukaj
nav-quit = Wyjdź
nav-open = Otwórz
nav-next = Następne
nav-previous = Poprzednie
quick-exit = Szybkie wyjście
    .hint = Naciśnij dwa razy Esc albo F12, aby od razu wyjść
keys-hint = ↑↓ ruch · Enter otwórz · Backspace wstecz · q wyjdź

## Home

home-title = Jak możemy pomóc?
home-urgent = Pilna pomoc
home-urgent-none = Wybierz swój kraj, aby zobaczyć numery alarmowe.
home-categories = Informacje
home-region = Twój kraj: { $region }
home-region-unset = Wybierz swój kraj

category-understanding = Czym jest współczesne niewolnictwo?
    .description = Czym jest wyzysk i handel ludźmi. To nie jest twoja wina.
category-signs = Jak rozpoznać sygnały
    .description = Jak może wyglądać wyzysk – w pracy i w domu.
category-rights = Twoje prawa
    .description = Co ci przysługuje, bez względu na twoją sytuację.
category-help = Jak uzyskać pomoc
    .description = Z kim możesz porozmawiać i co się wtedy dzieje.
category-safety = Jak zadbać o bezpieczeństwo
    .description = Jak chronić siebie i swój telefon.
category-reporting = Zgłoś niepokojącą sytuację
    .description = Jak przekazać telefonowi pomocy to, co widzisz.

article-count = { $count ->
    [0] Brak artykułów
    [one] { $count } artykuł
    [few] { $count } artykuły
    [many] { $count } artykułów
   *[other] { $count } artykułu
}

## Articles

articles-title = Wszystkie artykuły
articles-empty = Brak pasujących artykułów. Wybierz inną kategorię.
article-machine-translation = To tłumaczenie wykonała maszyna. Organizacja pozarządowa jeszcze go nie sprawdziła.
article-fallback = Ta strona nie jest jeszcze dostępna w twoim języku. Wyświetlamy ją w języku: { $language }.
article-urgent = Pilne

sector-car-wash = Myjnie samochodowe
sector-nail-bar = Salony manicure
sector-agriculture = Gospodarstwa rolne i rolnictwo
sector-construction = Budownictwo
sector-hospitality = Hotele, restauracje i sprzątanie
sector-domestic-work = Praca w domach prywatnych
sector-factory-warehouse = Fabryki i magazyny
sector-fishing = Rybołówstwo
sector-sexual-exploitation = Wyzysk seksualny
sector-criminal-exploitation = Zmuszanie do przestępstw

audience-potential-victim = Dla osób, które mogą być wykorzystywane
audience-public = Dla każdego, kto chce pomóc
audience-worker = Dla pracowników

## Helplines

helplines-title = Telefony pomocy
helplines-in-region = Telefony pomocy: { $region }
helplines-everywhere = Telefony pomocy we wszystkich krajach
helplines-empty = Nie mamy jeszcze telefonów pomocy dla tego kraju. W nagłej sytuacji zadzwoń pod lokalny numer alarmowy.
helplines-choose-region = Wybierz kraj
helpline-emergency = Numer alarmowy
helpline-open-always = Czynny całą dobę
helpline-open-until = Teraz czynny · do { $time }
helpline-open = Teraz czynny
helpline-closed-until = Nieczynny · czynny od { $time }
helpline-closed = Teraz nieczynny
helpline-hours-unknown = Godziny pracy nieznane
helpline-time-zone = { $time } (czas: { $zone })
helpline-languages = Języki: { $languages }
helpline-verified = Dane sprawdzono { $date }. Źródło: { $source }
helpline-covers = Obszar: { $regions }

cost-free = Bezpłatnie
cost-local-rate = Koszt jak za połączenie lokalne
cost-premium = Drożej niż zwykłe połączenie

channel-phone = Zadzwoń
channel-sms = Wyślij SMS
# untranslated: brand name, the same in every language
channel-whatsapp = WhatsApp
channel-webchat = Czat online
channel-email = E-mail

trace-call-log = Numer pojawi się w historii połączeń.
trace-phone-bill = Numer może pojawić się na rachunku za telefon.
trace-sms-thread = Twoje wiadomości zostaną w aplikacji do SMS-ów w telefonie.
trace-browser-history = Strona pojawi się w historii przeglądarki.
trace-email-account = Wiadomość zostanie na twoim koncie e-mail.
trace-app-account = Rozmowa zostanie w historii tej aplikacji.

weekday-time = { $day ->
    [mon] pon. { $time }
    [tue] wt. { $time }
    [wed] śr. { $time }
    [thu] czw. { $time }
    [fri] pt. { $time }
    [sat] sob. { $time }
   *[sun] niedz. { $time }
}

## Search

search-title = Szukaj
search-placeholder = Szukaj artykułów i telefonów pomocy
search-empty = Nic nie znaleziono. Spróbuj innych słów albo wpisz mniej słów.
search-results = { $count ->
    [one] { $count } wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
search-english-added = Niektóre wyniki są po angielsku.
search-helplines = Telefony pomocy
search-articles = Artykuły

## Language

language-title = Język
language-current = Obecny język
language-device = Użyj języka telefonu

## Errors shown to the user

error-generic = Coś poszło nie tak. Twoje dane są bezpieczne. Spróbuj jeszcze raz.
error-not-found = Ta strona nie jest już dostępna.

## Regions (country and area names)

region-GB = Wielka Brytania
region-GB-ENG = Anglia
region-GB-WLS = Walia
region-GB-SCT = Szkocja
region-GB-NIR = Irlandia Północna
region-US = Stany Zjednoczone
# untranslated: the country has the same name in Polish
region-AL = Albania
region-RO = Rumunia
region-UA = Ukraina
region-PL = Polska
region-VN = Wietnam
# untranslated: the country has the same name in Polish
region-AT = Austria
region-BE = Belgia
region-BG = Bułgaria
region-HR = Chorwacja
region-CY = Cypr
region-CZ = Czechy
region-DK = Dania
# untranslated: the country has the same name in Polish
region-EE = Estonia
region-FI = Finlandia
region-FR = Francja
region-DE = Niemcy
region-GR = Grecja
region-IE = Irlandia
region-IT = Włochy
region-LV = Łotwa
region-LT = Litwa
region-LU = Luksemburg
# untranslated: the country has the same name in Polish
region-MT = Malta
region-NL = Holandia
region-PT = Portugalia
region-SK = Słowacja
region-SI = Słowenia
region-ES = Hiszpania
region-SE = Szwecja
region-HU = Węgry

## Safety: the disguise calculator

calc-title = Kalkulator
calc-memory = Pamięć
calc-error-divide-by-zero = Nie można dzielić przez 0
calc-error-overflow = Za duża liczba
calc-key-point = przecinek
# untranslated: "plus" is also the word a Polish calculator speaks
calc-key-add = plus
# untranslated: "minus" is also the word a Polish calculator speaks
calc-key-subtract = minus
calc-key-multiply = razy
calc-key-divide = podzielić przez
calc-key-equals = równa się
calc-key-percent = procent
calc-key-sign = zmień znak
calc-key-clear = wyczyść wpis
calc-key-all-clear = wyczyść wszystko
calc-key-backspace = usuń ostatnią cyfrę
calc-key-memory-clear = wyczyść pamięć
calc-key-memory-recall = odczytaj z pamięci
calc-key-memory-add = dodaj do pamięci
calc-key-memory-subtract = odejmij od pamięci

## Safety: unlock

unlock-title = Wpisz swój kod
unlock-code = Kod
unlock-submit = Otwórz
unlock-wrong = Ten kod jest nieprawidłowy.
unlock-wait = { $seconds ->
    [one] Za dużo prób. Poczekaj { $seconds } sekundę.
    [few] Za dużo prób. Poczekaj { $seconds } sekundy.
    [many] Za dużo prób. Poczekaj { $seconds } sekund.
   *[other] Za dużo prób. Poczekaj { $seconds } sekundy.
}

## Safety: settings

safety-title = Bezpieczeństwo
safety-unlock-code = Kod odblokowania
    .hint = Od 4 do 12 cyfr. Haven poprosi o niego przy każdym otwarciu.
safety-protect-key = Zablokuj tym kodem także dane Haven
safety-duress-code = Kod awaryjny
    .hint = Jeśli ktoś zmusza cię do otwarcia Haven, wpisz ten kod zamiast zwykłego. Haven otworzy się jak zwykle, ale wszystkie twoje zapisane dane zostaną usunięte.
safety-disguise = Kamuflaż
    .hint = Jak Haven wygląda w twoim telefonie.
safety-disguise-none = Bez kamuflażu
safety-disguise-calculator = Kalkulator
safety-disguise-notes = Notatki
safety-disguise-weather = Pogoda
safety-auto-lock = Blokuj, gdy wychodzę z Haven
safety-auto-lock-never = Nigdy
safety-auto-lock-now = Od razu
safety-auto-lock-after = { $minutes ->
    [one] Po { $minutes } minucie
    [few] Po { $minutes } minutach
    [many] Po { $minutes } minutach
   *[other] Po { $minutes } minuty
}
safety-wipe-after = Usuń wszystko po błędnych kodach
safety-wipe-after-count = { $count ->
    [one] Po { $count } błędnym kodzie
    [few] Po { $count } błędnych kodach
    [many] Po { $count } błędnych kodach
   *[other] Po { $count } błędnego kodu
}
safety-exit-page = Strona otwierana przy szybkim wyjściu
safety-wipe = Usuń wszystko teraz
    .hint = Usuwa twoje zgłoszenia i ustawienia. Strony z pomocą zostają.
safety-wipe-confirm = Usunąć wszystko? Tego nie da się cofnąć.
safety-saved = Zapisano.
safety-code-mismatch = Kody nie są takie same.
safety-error-code = Kod ma od { $min } do { $max } cyfr, tylko 0–9.
safety-error-same-codes = Kod awaryjny musi się różnić od kodu odblokowania.
safety-error-no-code = Nie ustawiono kodu odblokowania. Najpierw go ustaw.
safety-error-auto-lock = Haven może czekać najwyżej jeden dzień, zanim się zablokuje. Wybierz krótszy czas albo „nigdy”.
safety-error-wipe-after = Wybierz od { $min } do { $max } błędnych kodów albo „nigdy”.
safety-error-exit-page = Strona wyjścia musi być adresem internetowym zaczynającym się od https://
safety-error-unknown-disguise = Nie ma takiego kamuflażu. Wybierz jeden z: { $choices }
safety-error-not-a-number = Wpisz liczbę albo { $never }.

## Content preview (haven-hub preview, for NGO editors)

preview-title = Podgląd treści Haven
preview-notice = Podgląd dla redaktorów treści: nic tutaj nie jest opublikowane, dopóki nie opublikujesz tego za pomocą haven-hub.
preview-not-translated = Jeszcze niedostępne w tym języku
preview-hours = Godziny ({ $zone }): { $hours }
review-original = Tekst oryginalny
review-machine = Tłumaczenie maszynowe, jeszcze niesprawdzone
review-reviewed = Tłumaczenie sprawdzone

## Content updates (sync)

sync-title = Aktualizacje treści
sync-checking = Sprawdzanie aktualizacji…
sync-checking-publisher = Sprawdzanie: { $publisher } ({ $index } z { $total })…
sync-downloading = Pobieranie: { $publisher }, { $done } z { $total }
sync-applying = Zapisywanie aktualizacji…
sync-updated = { $publisher }: zaktualizowano do wersji { $version } ({ $articles ->
    [one] { $articles } artykuł
    [few] { $articles } artykuły
    [many] { $articles } artykułów
   *[other] { $articles } artykułu
}, { $helplines ->
    [one] { $helplines } telefon pomocy
    [few] { $helplines } telefony pomocy
    [many] { $helplines } telefonów pomocy
   *[other] { $helplines } telefonu pomocy
})
sync-removed = { $publisher }: już nie jest zaufany; jego strony zostały usunięte
sync-refused = { $publisher }: aktualizacja odrzucona ({ $reason }); strony, które masz, zostają
sync-nothing-new = Wszystko jest aktualne.
sync-age = { $publisher }: opublikowano { $days ->
    [0] dzisiaj
    [one] { $days } dzień temu
    [few] { $days } dni temu
    [many] { $days } dni temu
   *[other] { $days } dnia temu
}
sync-age-expired = { $publisher }: opublikowano { $days ->
    [one] { $days } dzień temu
    [few] { $days } dni temu
    [many] { $days } dni temu
   *[other] { $days } dnia temu
}; nie udało się sprawdzić, czy jest nowsza wersja, więc te strony mogą być nieaktualne
sync-reason-signature = brak podpisu zaufanym kluczem
sync-reason-scope = poza tym, co ten wydawca może publikować
sync-reason-rollback = starsza niż wersja, którą masz
sync-reason-expired = wygasła
sync-reason-network = błąd sieci lub serwera
sync-reason-invalid = uszkodzona lub nieprawidłowa treść
sync-no-source = Nie ustawiono adresu aktualizacji: podaj go, np. haven sync https://example.org/haven

## Report a concern (issue 5: report forms, review, outbox)

report-menu = Zgłoś podejrzenie
report-new = Nowe zgłoszenie do { $helpline }
report-no-form = Ta infolinia nie przyjmuje jeszcze zgłoszeń przez Haven.
report-next = Dalej
report-back = Wstecz
report-review = Sprawdź
report-optional = Opcjonalnie
report-saved = Zapisano na tym telefonie, zaszyfrowane.
report-progress = Krok { $step } z { $total }
report-place-text = Opisz miejsce
report-postcode = Kod pocztowy lub miejscowość (opcjonalnie)
report-use-location = Użyj mojej lokalizacji (około 1 km)
report-location-shared = Udostępniono przybliżoną lokalizację
report-contact-anonymous = Pozostań anonimowy
report-contact-phone = Telefon
report-contact-email = E-mail
report-contact-value = Numer lub adres
report-safe-times = Bezpieczne godziny na telefon
report-may-leave-message = Można zostawić wiadomość
report-message-yes = Można zostawić wiadomość
report-message-no = Nie zostawiać wiadomości
report-date-hint = Data jako RRRR-MM-DD
report-datetime-hint = Data i godzina jako RRRR-MM-DD GG:MM
report-not-answered = Bez odpowiedzi
report-error-required = Odpowiedz na to pytanie.
report-error-too-long = Za długie: najwyżej { $max } znaków.
report-error-not-an-option = Wybierz jedną z opcji.
report-error-wrong-kind = Ta odpowiedź nie pasuje do pytania.
report-error-not-a-date = Podaj prawdziwą datę, np. 2026-11-20.
report-error-in-future = Ta data jest w przyszłości.
report-error-control-characters = Tekst zawiera znaki, których nie można wysłać.
report-error-bad-phone = To nie wygląda na numer telefonu.
report-error-bad-email = To nie wygląda na adres e-mail.
report-error-contact-missing = Podaj numer lub adres albo wybierz anonimowość.
report-error-bad-location = Nie udało się odczytać lokalizacji.
report-error-report-too-large = Zgłoszenie jest za długie, by je wysłać. Skróć najdłuższe odpowiedzi.
report-review-title = Sprawdź swoje zgłoszenie
report-review-missing = Brakujące wymagane odpowiedzi: { $count }
report-submit = Wyślij zgłoszenie
report-edit = Zmień
report-privacy = Tylko { $helpline } może przeczytać to zgłoszenie. Jest zamykane, zanim opuści telefon, i nie zawiera Twojego imienia ani numeru, chyba że wybierzesz kontakt.
report-offline = Brak połączenia? Zgłoszenie czeka na tym telefonie i zostanie wysłane, gdy znów będziesz online.
report-outbox-title = Twoje zgłoszenia
report-outbox-empty = Brak zgłoszeń.
report-send-now = Wyślij teraz
report-cancel = Anuluj wysyłanie
report-delete = Usuń
report-state-draft = Szkic, niewysłany
report-state-queued = Czeka na wysłanie
report-state-sending = Wysyłanie…
report-state-received = Odebrane przez infolinię
report-state-failed = Nie przyjęte przez infolinię ({ $reason })
report-state-retrying = Czeka na ponowną próbę (prób: { $attempts })
report-reference = Twój numer referencyjny: { $reference }
report-deliver-summary = Dostarczone: { $delivered } · Czekające: { $waiting } · Nieprzyjęte: { $failed }

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = Notatka
cover-weather-text = Prognoza jest teraz niedostępna.
safety-code-current = Obecny kod
safety-code-confirm = Wpisz kod ponownie
safety-save = Zapisz
safety-remove = Usuń

## Mobile shells: background work (sync and report sending started by the phone)

background-wifi-only = Aktualizacje w tle tylko przez Wi-Fi
    .hint = Gdy ta opcja jest włączona, Haven czeka na Wi-Fi, zanim w tle sprawdzi nowe strony z pomocą albo wyśle twoje zgłoszenia, więc nie zużywa danych komórkowych. Gdy jest wyłączona, używa dowolnego połączenia.
background-wifi-only-on = Aktualizacje w tle tylko przez Wi-Fi. Haven czeka na Wi-Fi i nie zużywa w tle danych komórkowych.
background-wifi-only-off = Aktualizacje w tle tylko przez Wi-Fi. Haven może zużywać w tle dane komórkowe.
