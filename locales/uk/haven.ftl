# Haven UI strings: Ukrainian (українська), translated from English.
# review-status: machine

## App and navigation

# untranslated: brand name, the same in every language
app-name = Haven
nav-home = Головна
nav-back = Назад
nav-browse = Огляд
nav-helplines = Гарячі лінії
nav-language = Мова
nav-region = Країна
nav-search = Пошук
nav-quit = Вийти
nav-open = Відкрити
nav-next = Наступне
nav-previous = Попереднє
quick-exit = Швидкий вихід
    .hint = Натисніть Esc двічі або F12, щоб одразу вийти
keys-hint = ↑↓ рух · Enter відкрити · Backspace назад · q вийти

## Home

home-title = Як ми можемо допомогти?
home-urgent = Термінова допомога
home-urgent-none = Виберіть свою країну, щоб побачити номери екстрених служб.
home-categories = Інформація
home-region = Ваша країна: { $region }
home-region-unset = Виберіть свою країну

category-understanding = Що таке сучасне рабство?
    .description = Що таке експлуатація і торгівля людьми. Це не ваша провина.
category-signs = Як розпізнати ознаки
    .description = Як може виглядати експлуатація — на роботі та вдома.
category-rights = Ваші права
    .description = На що ви маєте право, хоч би якою була ваша ситуація.
category-help = Як отримати допомогу
    .description = З ким можна поговорити і що буде, коли ви звернетеся.
category-safety = Як залишатися в безпеці
    .description = Як захистити себе і свій телефон.
category-reporting = Повідомити про проблему
    .description = Як розповісти гарячій лінії про те, що ви бачили.

article-count = { $count ->
    [0] Немає статей
    [one] { $count } стаття
    [few] { $count } статті
    [many] { $count } статей
   *[other] { $count } статті
}

## Articles

articles-title = Усі статті
articles-empty = Немає відповідних статей. Спробуйте іншу категорію.
article-machine-translation = Цей текст перекладено автоматично, і громадська організація його ще не перевірила.
article-fallback = Ця сторінка ще недоступна вашою мовою. Її показано такою мовою: { $language }.
article-urgent = Терміново

sector-car-wash = Автомийки
sector-nail-bar = Манікюрні салони
sector-agriculture = Ферми та сільське господарство
sector-construction = Будівництво
sector-hospitality = Готелі, ресторани та прибирання
sector-domestic-work = Робота по дому
sector-factory-warehouse = Фабрики та склади
sector-fishing = Рибальство
sector-sexual-exploitation = Сексуальна експлуатація
sector-criminal-exploitation = Кримінальна експлуатація

audience-potential-victim = Для людей, яких, можливо, експлуатують
audience-public = Для широкого загалу
audience-worker = Для працівників

## Helplines

helplines-title = Гарячі лінії
helplines-in-region = Гарячі лінії: { $region }
helplines-everywhere = Гарячі лінії в усіх країнах
helplines-empty = Для цієї країни в нас ще немає гарячих ліній. У разі небезпеки телефонуйте на місцевий номер екстрених служб.
helplines-choose-region = Виберіть країну
helpline-emergency = Екстрена допомога
helpline-open-always = Працює цілодобово
helpline-open-until = Зараз працює · до { $time }
helpline-open = Зараз працює
helpline-closed-until = Не працює · запрацює { $time }
helpline-closed = Зараз не працює
helpline-hours-unknown = Години роботи невідомі
helpline-time-zone = { $time } (за часом { $zone })
helpline-languages = Мови: { $languages }
helpline-verified = Дані перевірено { $date }. Джерело: { $source }
helpline-covers = Охоплює: { $regions }

cost-free = Безкоштовно
cost-local-rate = Коштує як місцевий дзвінок
cost-premium = Коштує більше, ніж звичайний дзвінок

channel-phone = Зателефонувати
channel-sms = Надіслати SMS
# untranslated: brand name, the same in every language
channel-whatsapp = WhatsApp
channel-webchat = Онлайн-чат
channel-email = Електронна пошта

trace-call-log = Номер з’явиться в історії дзвінків.
trace-phone-bill = Номер може з’явитися в рахунку за телефон.
trace-sms-thread = Ваші повідомлення залишаються в програмі для повідомлень на телефоні.
trace-browser-history = Сторінка з’явиться в історії браузера.
trace-email-account = Лист залишається у вашій електронній пошті.
trace-app-account = Розмова залишається в історії цього застосунку.

weekday-time = { $day ->
    [mon] пн { $time }
    [tue] вт { $time }
    [wed] ср { $time }
    [thu] чт { $time }
    [fri] пт { $time }
    [sat] сб { $time }
   *[sun] нд { $time }
}

## Search

search-title = Пошук
search-placeholder = Шукайте статті та гарячі лінії
search-empty = Нічого не знайдено. Спробуйте інші слова або менше слів.
search-results = { $count ->
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
}
search-english-added = Деякі результати англійською мовою.
search-helplines = Гарячі лінії
search-articles = Статті

## Language

language-title = Мова
language-current = Поточна мова
language-device = Використовувати мову телефону

## Errors shown to the user

error-generic = Щось пішло не так. Ваші дані в безпеці. Спробуйте ще раз.
error-not-found = Ця сторінка більше недоступна.

## Regions (country and area names)

region-GB = Велика Британія
region-GB-ENG = Англія
region-GB-WLS = Уельс
region-GB-SCT = Шотландія
region-GB-NIR = Північна Ірландія
region-US = Сполучені Штати Америки
region-AL = Албанія
region-RO = Румунія
region-UA = Україна
region-PL = Польща
region-VN = В’єтнам
region-AT = Австрія
region-BE = Бельгія
region-BG = Болгарія
region-HR = Хорватія
region-CY = Кіпр
region-CZ = Чехія
region-DK = Данія
region-EE = Естонія
region-FI = Фінляндія
region-FR = Франція
region-DE = Німеччина
region-GR = Греція
region-IE = Ірландія
region-IT = Італія
region-LV = Латвія
region-LT = Литва
region-LU = Люксембург
region-MT = Мальта
region-NL = Нідерланди
region-PT = Португалія
region-SK = Словаччина
region-SI = Словенія
region-ES = Іспанія
region-SE = Швеція
region-HU = Угорщина

## Safety: the disguise calculator

calc-title = Калькулятор
calc-memory = Пам’ять
calc-error-divide-by-zero = Не можна ділити на 0
calc-error-overflow = Занадто велике число
calc-key-point = кома
calc-key-add = плюс
calc-key-subtract = мінус
calc-key-multiply = помножити на
calc-key-divide = поділити на
calc-key-equals = дорівнює
calc-key-percent = відсоток
calc-key-sign = змінити знак
calc-key-clear = очистити число
calc-key-all-clear = очистити все
calc-key-backspace = стерти останню цифру
calc-key-memory-clear = очистити пам’ять
calc-key-memory-recall = викликати з пам’яті
calc-key-memory-add = додати до пам’яті
calc-key-memory-subtract = відняти від пам’яті

## Safety: unlock

unlock-title = Введіть свій код
unlock-code = Код
unlock-submit = Відкрити
unlock-wrong = Неправильний код.
unlock-wait = { $seconds ->
    [one] Забагато спроб. Зачекайте { $seconds } секунду.
    [few] Забагато спроб. Зачекайте { $seconds } секунди.
    [many] Забагато спроб. Зачекайте { $seconds } секунд.
   *[other] Забагато спроб. Зачекайте { $seconds } секунди.
}

## Safety: settings

safety-title = Безпека
safety-unlock-code = Код розблокування
    .hint = Від 4 до 12 цифр. Haven проситиме його щоразу, коли відкривається.
safety-protect-key = Також заблокувати цим кодом дані Haven
safety-duress-code = Екстрений код
    .hint = Якщо вас змушують відкрити Haven, введіть цей код замість звичайного. Haven відкриється як завжди, але все, що ви зберегли, буде видалено.
safety-disguise = Маскування
    .hint = Як Haven виглядає на вашому телефоні.
safety-disguise-none = Без маскування
safety-disguise-calculator = Калькулятор
safety-disguise-notes = Нотатки
safety-disguise-weather = Погода
safety-auto-lock = Блокувати, коли я виходжу з Haven
safety-auto-lock-never = Ніколи
safety-auto-lock-now = Одразу
safety-auto-lock-after = { $minutes ->
    [one] Через { $minutes } хвилину
    [few] Через { $minutes } хвилини
    [many] Через { $minutes } хвилин
   *[other] Через { $minutes } хвилини
}
safety-wipe-after = Видаляти все після неправильних кодів
safety-wipe-after-count = { $count ->
    [one] Після { $count } неправильного коду
    [few] Після { $count } неправильних кодів
    [many] Після { $count } неправильних кодів
   *[other] Після { $count } неправильного коду
}
safety-exit-page = Сторінка, що відкривається під час швидкого виходу
safety-wipe = Видалити все зараз
    .hint = Видаляє ваші звіти й налаштування. Довідкові сторінки залишаються.
safety-wipe-confirm = Видалити все? Цю дію не можна скасувати.
safety-saved = Збережено.
safety-code-mismatch = Коди не збігаються.
safety-error-code = Код має від { $min } до { $max } цифр, лише 0–9.
safety-error-same-codes = Екстрений код має відрізнятися від коду розблокування.
safety-error-no-code = Код розблокування не встановлено. Спершу встановіть його.
safety-error-auto-lock = Haven може чекати щонайбільше добу, перш ніж заблокуватися. Виберіть коротший час або «ніколи».
safety-error-wipe-after = Виберіть від { $min } до { $max } неправильних кодів або «ніколи».
safety-error-exit-page = Сторінка виходу має бути вебадресою, що починається з https://
safety-error-unknown-disguise = Такого маскування немає. Виберіть одне з: { $choices }
safety-error-not-a-number = Введіть число або { $never }.

## Content preview (haven-hub preview, for NGO editors)

preview-title = Попередній перегляд вмісту Haven
preview-notice = Попередній перегляд для редакторів: нічого тут не опубліковано, доки ви не опублікуєте це через haven-hub.
preview-not-translated = Ще немає цією мовою
preview-hours = Години роботи ({ $zone }): { $hours }
review-original = Оригінальний текст
review-machine = Машинний переклад, ще не перевірений
review-reviewed = Перевірений переклад

## Content updates (sync)

sync-title = Оновлення матеріалів
sync-checking = Перевіряємо оновлення…
sync-checking-publisher = Перевіряємо { $publisher } ({ $index } з { $total })…
sync-downloading = Завантажуємо з { $publisher }: { $done } з { $total }
sync-applying = Зберігаємо оновлення…
sync-updated = { $publisher }: оновлено до версії { $version } ({ $articles ->
    [one] { $articles } стаття
    [few] { $articles } статті
    [many] { $articles } статей
   *[other] { $articles } статті
}, { $helplines ->
    [one] { $helplines } гаряча лінія
    [few] { $helplines } гарячі лінії
    [many] { $helplines } гарячих ліній
   *[other] { $helplines } гарячої лінії
})
sync-removed = { $publisher }: більше не має довіри; його сторінки видалено
sync-refused = { $publisher }: оновлення відхилено ({ $reason }); сторінки, які у вас є, залишаються
sync-nothing-new = Усе вже оновлено.
sync-age = { $publisher }: опубліковано { $days ->
    [0] сьогодні
    [one] { $days } день тому
    [few] { $days } дні тому
    [many] { $days } днів тому
   *[other] { $days } дня тому
}
sync-age-expired = { $publisher }: опубліковано { $days ->
    [one] { $days } день тому
    [few] { $days } дні тому
    [many] { $days } днів тому
   *[other] { $days } дня тому
}; не вдалося перевірити, чи є новіша версія, тому ці сторінки можуть бути застарілими
sync-reason-signature = не підписано довіреним ключем
sync-reason-scope = поза межами того, що цей видавець може публікувати
sync-reason-rollback = старіше за версію, яка у вас є
sync-reason-expired = термін дії минув
sync-reason-network = збій мережі або сервера
sync-reason-invalid = пошкоджений або недійсний вміст
sync-no-source = Адресу для оновлень не задано: вкажіть її, наприклад haven sync https://example.org/haven

## Report a concern (issue 5: report forms, review, outbox)

report-menu = Повідомити про підозру
report-new = Нове повідомлення до { $helpline }
report-no-form = Ця гаряча лінія ще не приймає повідомлення через Haven.
report-next = Далі
report-back = Назад
report-review = Перевірити
report-optional = Необов'язково
report-saved = Збережено на цьому телефоні в зашифрованому вигляді.
report-progress = Крок { $step } з { $total }
report-place-text = Опишіть місце
report-postcode = Поштовий індекс або місто (необов'язково)
report-use-location = Використати моє місцезнаходження (приблизно 1 км)
report-location-shared = Передано приблизне місцезнаходження
report-contact-anonymous = Залишитися анонімним
report-contact-phone = Телефон
report-contact-email = Електронна пошта
report-contact-value = Номер або адреса
report-safe-times = Безпечний час для дзвінка
report-may-leave-message = Можна залишити повідомлення
report-message-yes = Можна залишити повідомлення
report-message-no = Не залишайте повідомлення
report-date-hint = Дата у форматі РРРР-ММ-ДД
report-datetime-hint = Дата й час у форматі РРРР-ММ-ДД ГГ:ХХ
report-not-answered = Без відповіді
report-error-required = Будь ласка, дайте відповідь на це питання.
report-error-too-long = Занадто довго: щонайбільше { $max } символів.
report-error-not-an-option = Будь ласка, оберіть один із варіантів.
report-error-wrong-kind = Ця відповідь не підходить до цього питання.
report-error-not-a-date = Будь ласка, вкажіть справжню дату, наприклад 2026-11-20.
report-error-in-future = Ця дата в майбутньому.
report-error-control-characters = Текст містить символи, які не можна надіслати.
report-error-bad-phone = Це не схоже на номер телефону.
report-error-bad-email = Це не схоже на адресу електронної пошти.
report-error-contact-missing = Будь ласка, вкажіть номер або адресу чи оберіть анонімність.
report-error-bad-location = Не вдалося прочитати місцезнаходження.
report-error-report-too-large = Повідомлення задовге для надсилання. Будь ласка, скоротіть найдовші відповіді.
report-review-title = Перевірте своє повідомлення
report-review-missing = Бракує обов'язкових відповідей: { $count }
report-submit = Надіслати повідомлення
report-edit = Змінити
report-privacy = Прочитати це повідомлення може лише { $helpline }. Воно зашифровується ще на вашому телефоні й не містить вашого імені чи номера, якщо ви не обрали зворотний зв'язок.
report-offline = Немає зв'язку? Повідомлення зачекає на цьому телефоні й надішлеться, коли ви знову будете онлайн.
report-outbox-title = Ваші повідомлення
report-outbox-empty = Повідомлень поки немає.
report-send-now = Надіслати зараз
report-cancel = Скасувати надсилання
report-delete = Видалити
report-state-draft = Чернетка, не надіслано
report-state-queued = Очікує надсилання
report-state-sending = Надсилається…
report-state-received = Отримано гарячою лінією
report-state-failed = Не прийнято гарячою лінією ({ $reason })
report-state-retrying = Очікує повторної спроби (спроб: { $attempts })
report-reference = Ваш номер звернення: { $reference }
report-deliver-summary = Доставлено: { $delivered } · Очікують: { $waiting } · Не прийнято: { $failed }

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = Нотатка
cover-weather-text = Прогноз зараз недоступний.
safety-code-current = Поточний код
safety-code-confirm = Введіть код ще раз
safety-save = Зберегти
safety-remove = Видалити

## Mobile shells: background work (sync and report sending started by the phone)

background-wifi-only = Фонові оновлення лише через Wi-Fi
    .hint = Коли це ввімкнено, Haven чекає на Wi-Fi, перш ніж у фоні шукати нові довідкові сторінки чи надсилати ваші повідомлення, тож не витрачає мобільний інтернет. Коли вимкнено, використовується будь-яке з'єднання.
background-wifi-only-on = Фонові оновлення лише через Wi-Fi. Haven чекає на Wi-Fi і не витрачає мобільний інтернет у фоні.
background-wifi-only-off = Фонові оновлення лише через Wi-Fi. Haven може витрачати мобільний інтернет у фоні.
