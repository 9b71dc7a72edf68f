# Haven UI strings: Spanish (español), translated from English.
# review-status: machine

## App and navigation

# untranslated: brand name, the same in every language
app-name = Haven
nav-home = Inicio
nav-back = Atrás
nav-browse = Explorar
nav-helplines = Líneas de ayuda
nav-language = Idioma
nav-region = País
nav-search = Buscar
nav-quit = Salir
nav-open = Abrir
nav-next = Siguiente
nav-previous = Anterior
quick-exit = Salida rápida
    .hint = Pulse Esc dos veces o F12 para salir enseguida
keys-hint = ↑↓ moverse · Enter abrir · Backspace atrás · q salir

## Home

home-title = ¿Cómo podemos ayudarle?
home-urgent = Ayuda urgente
home-urgent-none = Elija su país para ver los números de emergencia.
home-categories = Información
home-region = Su país: { $region }
home-region-unset = Elija su país

category-understanding = ¿Qué es la esclavitud moderna?
    .description = Qué son la explotación y la trata de personas. No es culpa suya.
category-signs = Reconocer las señales
    .description = Cómo puede ser la explotación, en el trabajo y en casa.
category-rights = Sus derechos
    .description = Lo que le corresponde, sea cual sea su situación.
category-help = Pedir ayuda
    .description = Con quién puede hablar y qué pasa cuando lo hace.
category-safety = Mantenerse a salvo
    .description = Cómo protegerse usted y proteger su teléfono.
category-reporting = Avisar de una situación
    .description = Cómo contar a una línea de ayuda lo que ha visto.

article-count = { $count ->
    [0] No hay artículos
    [one] { $count } artículo
   *[other] { $count } artículos
}

## Articles

articles-title = Todos los artículos
articles-empty = No hay artículos que coincidan. Pruebe con otra categoría.
article-machine-translation = Esta traducción la hizo una máquina. Una ONG todavía no la ha revisado.
article-fallback = Esta página aún no está en su idioma. Se muestra en este idioma: { $language }.
article-urgent = Urgente

sector-car-wash = Lavaderos de coches
sector-nail-bar = Salones de uñas
sector-agriculture = Granjas y agricultura
sector-construction = Construcción
sector-hospitality = Hoteles, restaurantes y limpieza
sector-domestic-work = Trabajo doméstico
sector-factory-warehouse = Fábricas y almacenes
sector-fishing = Pesca
sector-sexual-exploitation = Explotación sexual
sector-criminal-exploitation = Explotación para cometer delitos

audience-potential-victim = Para personas que pueden estar siendo explotadas
audience-public = Para el público en general
audience-worker = Para trabajadores

## Helplines

helplines-title = Líneas de ayuda
helplines-in-region = Líneas de ayuda en { $region }
helplines-everywhere = Líneas de ayuda de todos los países
helplines-empty = Todavía no tenemos líneas de ayuda para este país. En una emergencia, llame al número de emergencias de su zona.
helplines-choose-region = Elija un país
helpline-emergency = Emergencias
helpline-open-always = Abierto las 24 horas
helpline-open-until = Abierto ahora · hasta { $time }
helpline-open = Abierto ahora
helpline-closed-until = Cerrado · abre { $time }
helpline-closed = Cerrado ahora
helpline-hours-unknown = No sabemos el horario
helpline-time-zone = { $time } (hora de { $zone })
helpline-languages = Idiomas: { $languages }
helpline-verified = Datos comprobados el { $date }. Fuente: { $source }
helpline-covers = Atiende en: { $regions }

cost-free = Gratis
cost-local-rate = Cuesta lo mismo que una llamada local
cost-premium = Cuesta más que una llamada normal

channel-phone = Llamar
channel-sms = Enviar SMS
# untranslated: brand name, the same in every language
channel-whatsapp = WhatsApp
channel-webchat = Chat en línea
channel-email = Correo electrónico

trace-call-log = El número aparecerá en su historial de llamadas.
trace-phone-bill = El número puede aparecer en la factura del teléfono.
trace-sms-thread = Sus mensajes se quedan en la aplicación de mensajes del teléfono.
trace-browser-history = La página aparecerá en el historial del navegador.
trace-email-account = El correo se queda en su cuenta de correo.
trace-app-account = La conversación se queda en el historial de esa aplicación.

weekday-time = { $day ->
    [mon] lunes { $time }
    [tue] martes { $time }
    [wed] miércoles { $time }
    [thu] jueves { $time }
    [fri] viernes { $time }
    [sat] sábado { $time }
   *[sun] domingo { $time }
}

## Search

search-title = Buscar
search-placeholder = Buscar artículos y líneas de ayuda
search-empty = No se encontró nada. Pruebe con otras palabras o con menos palabras.
search-results = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
search-english-added = Algunos resultados están en inglés.
search-helplines = Líneas de ayuda
search-articles = Artículos

## Language

language-title = Idioma
language-current = Idioma actual
language-device = Usar el idioma del teléfono

## Errors shown to the user

error-generic = Algo salió mal. Su información está a salvo. Inténtelo de nuevo.
error-not-found = Esta página ya no está disponible.

## Regions (country and area names)

region-GB = Reino Unido
region-GB-ENG = Inglaterra
region-GB-WLS = Gales
region-GB-SCT = Escocia
region-GB-NIR = Irlanda del Norte
region-US = Estados Unidos
# untranslated: the country has the same name in Spanish
region-AL = Albania
region-RO = Rumanía
region-UA = Ucrania
region-PL = Polonia
# untranslated: the country has the same name in Spanish
region-VN = Vietnam
# untranslated: the country has the same name in Spanish
region-AT = Austria
region-BE = Bélgica
# untranslated: the country has the same name in Spanish
region-BG = Bulgaria
region-HR = Croacia
region-CY = Chipre
region-CZ = Chequia
region-DK = Dinamarca
# untranslated: the country has the same name in Spanish
region-EE = Estonia
region-FI = Finlandia
region-FR = Francia
region-DE = Alemania
region-GR = Grecia
region-IE = Irlanda
region-IT = Italia
region-LV = Letonia
region-LT = Lituania
region-LU = Luxemburgo
# untranslated: the country has the same name in Spanish
region-MT = Malta
region-NL = Países Bajos
# untranslated: the country has the same name in Spanish
region-PT = Portugal
region-SK = Eslovaquia
region-SI = Eslovenia
region-ES = España
region-SE = Suecia
region-HU = Hungría

## Safety: the disguise calculator

calc-title = Calculadora
calc-memory = Memoria
calc-error-divide-by-zero = No se puede dividir entre 0
calc-error-overflow = Número demasiado grande
calc-key-point = coma decimal
calc-key-add = más
calc-key-subtract = menos
calc-key-multiply = por
calc-key-divide = entre
calc-key-equals = igual a
calc-key-percent = por ciento
calc-key-sign = cambiar signo
calc-key-clear = borrar número
calc-key-all-clear = borrar todo
calc-key-backspace = borrar último dígito
calc-key-memory-clear = borrar memoria
calc-key-memory-recall = recuperar memoria
calc-key-memory-add = sumar a la memoria
calc-key-memory-subtract = restar de la memoria

## Safety: unlock

unlock-title = Escriba su código
unlock-code = Código
unlock-submit = Abrir
unlock-wrong = Ese código no es correcto.
unlock-wait = { $seconds ->
    [one] Demasiados intentos. Espere { $seconds } segundo.
   *[other] Demasiados intentos. Espere { $seconds } segundos.
}

## Safety: settings

safety-title = Seguridad
safety-unlock-code = Código de desbloqueo
    .hint = De 4 a 12 dígitos. Haven se lo pide cada vez que se abre.
safety-protect-key = Proteger también los datos de Haven con este código
safety-duress-code = Código de emergencia
    .hint = Si alguien le obliga a abrir Haven, escriba este código en vez del normal. Haven se abre como siempre, pero se borra todo lo que ha guardado.
safety-disguise = Camuflaje
    .hint = Cómo se ve Haven en su teléfono.
safety-disguise-none = Sin camuflaje
safety-disguise-calculator = Calculadora
safety-disguise-notes = Notas
safety-disguise-weather = Clima
safety-auto-lock = Bloquear cuando salga de Haven
safety-auto-lock-never = Nunca
safety-auto-lock-now = Inmediatamente
safety-auto-lock-after = { $minutes ->
    [one] Después de { $minutes } minuto
   *[other] Después de { $minutes } minutos
}
safety-wipe-after = Borrar todo tras varios códigos incorrectos
safety-wipe-after-count = { $count ->
    [one] Después de { $count } código incorrecto
   *[other] Después de { $count } códigos incorrectos
}
safety-exit-page = Página que se abre en la salida rápida
safety-wipe = Borrar todo ahora
    .hint = Borra sus informes y sus ajustes. Las páginas de ayuda se quedan.
safety-wipe-confirm = ¿Borrar todo? No se puede deshacer.
safety-saved = Guardado.
safety-code-mismatch = Los códigos no coinciden.
safety-error-code = Un código tiene de { $min } a { $max } dígitos, solo del 0 al 9.
safety-error-same-codes = El código de emergencia debe ser distinto del código de desbloqueo.
safety-error-no-code = No hay ningún código de desbloqueo. Configure uno primero.
safety-error-auto-lock = Haven puede esperar como máximo un día antes de bloquearse. Elija un tiempo más corto, o «nunca».
safety-error-wipe-after = Elija de { $min } a { $max } códigos incorrectos, o «nunca».
safety-error-exit-page = La página de salida debe ser una dirección web que empiece por https://
safety-error-unknown-disguise = Ese camuflaje no existe. Elija uno de estos: { $choices }
safety-error-not-a-number = Escriba un número, o { $never }.

## Content preview (haven-hub preview, for NGO editors)

preview-title = Vista previa del contenido de Haven
preview-notice = Vista previa para editores de contenido: nada de esto se publica hasta que lo publiques con haven-hub.
preview-not-translated = Aún no disponible en este idioma
preview-hours = Horario ({ $zone }): { $hours }
review-original = Texto original
review-machine = Traducción automática, aún sin revisar
review-reviewed = Traducción revisada

## Content updates (sync)

sync-title = Actualizaciones del contenido
sync-checking = Buscando actualizaciones…
sync-checking-publisher = Comprobando { $publisher } ({ $index } de { $total })…
sync-downloading = Descargando de { $publisher }: { $done } de { $total }
sync-applying = Guardando las actualizaciones…
sync-updated = { $publisher }: actualizado a la versión { $version } ({ $articles ->
    [one] { $articles } artículo
   *[other] { $articles } artículos
}, { $helplines ->
    [one] { $helplines } línea de ayuda
   *[other] { $helplines } líneas de ayuda
})
sync-removed = { $publisher }: ya no es de confianza; se han quitado sus páginas
sync-refused = { $publisher }: actualización rechazada ({ $reason }); las páginas que tiene se mantienen
sync-nothing-new = Todo está al día.
sync-age = { $publisher }: publicado { $days ->
    [0] hoy
    [one] hace { $days } día
   *[other] hace { $days } días
}
sync-age-expired = { $publisher }: publicado { $days ->
    [one] hace { $days } día
   *[other] hace { $days } días
}; no se ha podido comprobar si hay una versión más nueva, así que estas páginas pueden estar desactualizadas
sync-reason-signature = no está firmada con una clave de confianza
sync-reason-scope = fuera de lo que este editor puede publicar
sync-reason-rollback = más antigua que la versión que tiene
sync-reason-expired = caducada
sync-reason-network = falló la red o el servidor
sync-reason-invalid = contenido dañado o no válido
sync-no-source = No hay ninguna dirección de actualización: indique una, por ejemplo haven sync https://example.org/haven

## Report a concern (issue 5: report forms, review, outbox)

report-menu = Informar de una preocupación
report-new = Nuevo informe para { $helpline }
report-no-form = Esta línea de ayuda aún no recibe informes a través de Haven.
report-next = Siguiente
report-back = Atrás
report-review = Revisar
report-optional = Opcional
report-saved = Guardado en este teléfono, cifrado.
report-progress = Paso { $step } de { $total }
report-place-text = Describe el lugar
report-postcode = Código postal o localidad (opcional)
report-use-location = Usar mi ubicación (aprox. 1 km)
report-location-shared = Ubicación aproximada compartida
report-contact-anonymous = Seguir en el anonimato
report-contact-phone = Teléfono
report-contact-email = Correo electrónico
report-contact-value = Número o dirección
report-safe-times = Horas seguras para llamar
report-may-leave-message = Se puede dejar un mensaje
report-message-yes = Se puede dejar un mensaje
report-message-no = No dejar mensaje
report-date-hint = Fecha como AAAA-MM-DD
report-datetime-hint = Fecha y hora como AAAA-MM-DD HH:MM
report-not-answered = Sin respuesta
report-error-required = Responde a esta pregunta, por favor.
report-error-too-long = Es demasiado largo: como máximo { $max } caracteres.
report-error-not-an-option = Elige una de las opciones, por favor.
report-error-wrong-kind = Esta respuesta no corresponde a esta pregunta.
report-error-not-a-date = Indica una fecha real, por ejemplo 2026-11-20.
report-error-in-future = Esta fecha está en el futuro.
report-error-control-characters = El texto contiene caracteres que no se pueden enviar.
report-error-bad-phone = Esto no parece un número de teléfono.
report-error-bad-email = Esto no parece una dirección de correo.
report-error-contact-missing = Indica un número o una dirección, o elige seguir en el anonimato.
report-error-bad-location = No se pudo leer la ubicación.
report-error-report-too-large = El informe es demasiado largo para enviarlo. Acorta las respuestas más largas.
report-review-title = Revisa tu informe
report-review-missing = Faltan respuestas obligatorias: { $count }
report-submit = Enviar informe
report-edit = Cambiar
report-privacy = Solo { $helpline } puede leer este informe. Se cierra antes de salir de tu teléfono y no incluye tu nombre ni tu número, salvo que elijas que te contacten.
report-offline = ¿Sin conexión? Tu informe espera en este teléfono y se envía cuando vuelvas a tener conexión.
report-outbox-title = Tus informes
report-outbox-empty = Aún no hay informes.
report-send-now = Enviar ahora
report-cancel = Cancelar el envío
report-delete = Eliminar
report-state-draft = Borrador, sin enviar
report-state-queued = Esperando para enviarse
report-state-sending = Enviando…
report-state-received = Recibido por la línea de ayuda
report-state-failed = No aceptado por la línea de ayuda ({ $reason })
report-state-retrying = Esperando un nuevo intento (intentos: { $attempts })
report-reference = Tu referencia: { $reference }
report-deliver-summary = Entregados: { $delivered } · En espera: { $waiting } · No aceptados: { $failed }

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = Nota
cover-weather-text = No hay pronóstico disponible ahora.
safety-code-current = Código actual
safety-code-confirm = Escribe el código otra vez
safety-save = Guardar
safety-remove = Quitar

## Mobile shells: background work (sync and report sending started by the phone)

background-wifi-only = Actualizaciones en segundo plano solo con wifi
    .hint = Si está activado, Haven espera a tener wifi para buscar páginas de ayuda nuevas o enviar sus informes en segundo plano, así no usa datos móviles. Si está desactivado, usa cualquier conexión.
background-wifi-only-on = Actualizaciones en segundo plano solo con wifi. Haven espera a tener wifi y no usa datos móviles en segundo plano.
background-wifi-only-off = Actualizaciones en segundo plano solo con wifi. Haven puede usar datos móviles en segundo plano.
