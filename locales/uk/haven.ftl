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
