# Haven UI strings: French (français), translated from English.
# review-status: machine

## App and navigation

# untranslated: brand name, the same in every language
app-name = Haven
nav-home = Accueil
nav-back = Retour
nav-browse = Parcourir
nav-helplines = Lignes d’aide
nav-language = Langue
nav-region = Pays
nav-search = Rechercher
nav-quit = Quitter
nav-open = Ouvrir
nav-next = Suivant
nav-previous = Précédent
quick-exit = Sortie rapide
    .hint = Appuyez deux fois sur Esc, ou sur F12, pour partir tout de suite
keys-hint = ↑↓ se déplacer · Enter ouvrir · Backspace retour · q quitter

## Home

home-title = Comment pouvons-nous vous aider ?
home-urgent = Aide urgente
home-urgent-none = Choisissez votre pays pour voir les numéros d’urgence.
home-categories = Informations
home-region = Votre pays : { $region }
home-region-unset = Choisissez votre pays

category-understanding = Qu’est-ce que l’esclavage moderne ?
    .description = Ce que sont l’exploitation et la traite des êtres humains. Ce n’est pas votre faute.
category-signs = Repérer les signes
    .description = À quoi l’exploitation peut ressembler, au travail et à la maison.
category-rights = Vos droits
    .description = Ce à quoi vous avez droit, quelle que soit votre situation.
category-help = Trouver de l’aide
    .description = À qui parler, et ce qui se passe quand vous le faites.
category-safety = Rester en sécurité
    .description = Vous protéger, vous et votre téléphone.
category-reporting = Signaler une situation
    .description = Comment dire à une ligne d’aide ce que vous avez vu.

article-count = { $count ->
    [0] Aucun article
    [one] { $count } article
   *[other] { $count } articles
}

## Articles

articles-title = Tous les articles
articles-empty = Aucun article ne correspond. Essayez une autre catégorie.
article-machine-translation = Cette traduction a été faite par une machine. Une ONG ne l’a pas encore vérifiée.
article-fallback = Cette page n’existe pas encore dans votre langue. Elle est affichée dans cette langue : { $language }.
# untranslated: the same word in French
article-urgent = Urgent

sector-car-wash = Stations de lavage auto
sector-nail-bar = Salons de manucure
sector-agriculture = Fermes et agriculture
sector-construction = Bâtiment et chantiers
sector-hospitality = Hôtels, restaurants et ménage
sector-domestic-work = Travail domestique
sector-factory-warehouse = Usines et entrepôts
sector-fishing = Pêche
sector-sexual-exploitation = Exploitation sexuelle
sector-criminal-exploitation = Contrainte à commettre des délits

audience-potential-victim = Pour les personnes qui sont peut-être exploitées
audience-public = Pour le grand public
audience-worker = Pour les travailleurs

## Helplines

helplines-title = Lignes d’aide
helplines-in-region = Lignes d’aide : { $region }
helplines-everywhere = Lignes d’aide dans tous les pays
helplines-empty = Nous n’avons pas encore de ligne d’aide pour ce pays. En cas d’urgence, appelez le numéro d’urgence local.
helplines-choose-region = Choisissez un pays
helpline-emergency = Urgence
helpline-open-always = Ouvert 24 h sur 24
helpline-open-until = Ouvert maintenant · jusqu’à { $time }
helpline-open = Ouvert maintenant
helpline-closed-until = Fermé · ouvre { $time }
helpline-closed = Fermé pour le moment
helpline-hours-unknown = Horaires inconnus
helpline-time-zone = { $time } (heure de { $zone })
helpline-languages = Langues : { $languages }
helpline-verified = Informations vérifiées le { $date }. Source : { $source }
helpline-covers = Zone couverte : { $regions }

cost-free = Gratuit
cost-local-rate = Même prix qu’un appel local
cost-premium = Plus cher qu’un appel normal

channel-phone = Appeler
channel-sms = Envoyer un SMS
# untranslated: brand name, the same in every language
channel-whatsapp = WhatsApp
channel-webchat = Discuter en ligne
channel-email = Envoyer un e-mail

trace-call-log = Le numéro apparaîtra dans votre historique d’appels.
trace-phone-bill = Le numéro peut apparaître sur une facture de téléphone.
trace-sms-thread = Vos messages restent dans l’application de messages du téléphone.
trace-browser-history = La page apparaîtra dans l’historique du navigateur.
trace-email-account = L’e-mail reste dans votre boîte mail.
trace-app-account = La conversation reste dans l’historique de cette application.

weekday-time = { $day ->
    [mon] lundi { $time }
    [tue] mardi { $time }
    [wed] mercredi { $time }
    [thu] jeudi { $time }
    [fri] vendredi { $time }
    [sat] samedi { $time }
   *[sun] dimanche { $time }
}

## Search

search-title = Rechercher
search-placeholder = Rechercher des articles et des lignes d’aide
search-empty = Aucun résultat. Essayez d’autres mots, ou moins de mots.
search-results = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-english-added = Certains résultats sont en anglais.
search-helplines = Lignes d’aide
# untranslated: the same word in French
search-articles = Articles

## Language

language-title = Langue
language-current = Langue actuelle
language-device = Utiliser la langue du téléphone

## Errors shown to the user

error-generic = Un problème est survenu. Vos informations sont en sécurité. Veuillez réessayer.
error-not-found = Cette page n’est plus disponible.

## Regions (country and area names)

region-GB = Royaume-Uni
region-GB-ENG = Angleterre
region-GB-WLS = Pays de Galles
region-GB-SCT = Écosse
region-GB-NIR = Irlande du Nord
region-US = États-Unis
region-AL = Albanie
region-RO = Roumanie
# untranslated: the country has the same name in French
region-UA = Ukraine
region-PL = Pologne
region-VN = Viêt Nam
region-AT = Autriche
region-BE = Belgique
region-BG = Bulgarie
region-HR = Croatie
region-CY = Chypre
region-CZ = Tchéquie
region-DK = Danemark
region-EE = Estonie
region-FI = Finlande
# untranslated: the country has the same name in French
region-FR = France
region-DE = Allemagne
region-GR = Grèce
region-IE = Irlande
region-IT = Italie
region-LV = Lettonie
region-LT = Lituanie
# untranslated: the country has the same name in French
region-LU = Luxembourg
region-MT = Malte
region-NL = Pays-Bas
# untranslated: the country has the same name in French
region-PT = Portugal
region-SK = Slovaquie
region-SI = Slovénie
region-ES = Espagne
region-SE = Suède
region-HU = Hongrie

## Safety: the disguise calculator

calc-title = Calculatrice
calc-memory = Mémoire
calc-error-divide-by-zero = Impossible de diviser par 0
calc-error-overflow = Nombre trop grand
calc-key-point = virgule
# untranslated: "plus" is also the word a French calculator speaks
calc-key-add = plus
calc-key-subtract = moins
calc-key-multiply = multiplié par
calc-key-divide = divisé par
calc-key-equals = égal
calc-key-percent = pour cent
calc-key-sign = changer le signe
calc-key-clear = effacer le nombre
calc-key-all-clear = tout effacer
calc-key-backspace = effacer le dernier chiffre
calc-key-memory-clear = effacer la mémoire
calc-key-memory-recall = rappeler la mémoire
calc-key-memory-add = ajouter à la mémoire
calc-key-memory-subtract = soustraire de la mémoire

## Safety: unlock

unlock-title = Entrez votre code
# untranslated: the same word in French
unlock-code = Code
unlock-submit = Ouvrir
unlock-wrong = Ce code n’est pas le bon.
unlock-wait = { $seconds ->
    [one] Trop d’essais. Attendez { $seconds } seconde.
   *[other] Trop d’essais. Attendez { $seconds } secondes.
}

## Safety: settings

safety-title = Sécurité
safety-unlock-code = Code de déverrouillage
    .hint = De 4 à 12 chiffres. Haven le demande à chaque ouverture.
safety-protect-key = Verrouiller aussi les données de Haven avec ce code
safety-duress-code = Code d’urgence
    .hint = Si quelqu’un vous force à ouvrir Haven, tapez ce code à la place du code habituel. Haven s’ouvre normalement, mais tout ce que vous avez enregistré est effacé.
safety-disguise = Camouflage
    .hint = L’apparence de Haven sur votre téléphone.
safety-disguise-none = Pas de camouflage
safety-disguise-calculator = Calculatrice
# untranslated: the same word in French (the name of the notes app)
safety-disguise-notes = Notes
safety-disguise-weather = Météo
safety-auto-lock = Verrouiller quand je quitte Haven
safety-auto-lock-never = Jamais
safety-auto-lock-now = Tout de suite
safety-auto-lock-after = { $minutes ->
    [one] Après { $minutes } minute
   *[other] Après { $minutes } minutes
}
safety-wipe-after = Tout effacer après trop de mauvais codes
safety-wipe-after-count = { $count ->
    [one] Après { $count } mauvais code
   *[other] Après { $count } mauvais codes
}
safety-exit-page = Page à ouvrir lors d’une sortie rapide
safety-wipe = Tout effacer maintenant
    .hint = Efface vos signalements et vos réglages. Les pages d’aide restent.
safety-wipe-confirm = Tout effacer ? Impossible de revenir en arrière.
safety-saved = Enregistré.
safety-code-mismatch = Les codes ne correspondent pas.
safety-error-code = Un code compte de { $min } à { $max } chiffres, de 0 à 9 uniquement.
safety-error-same-codes = Le code d’urgence doit être différent du code de déverrouillage.
safety-error-no-code = Aucun code de déverrouillage n’est défini. Définissez-en un d’abord.
safety-error-auto-lock = Haven peut attendre au plus un jour avant de se verrouiller. Choisissez une durée plus courte, ou « jamais ».
safety-error-wipe-after = Choisissez entre { $min } et { $max } codes erronés, ou « jamais ».
safety-error-exit-page = La page de sortie doit être une adresse web commençant par https://
safety-error-unknown-disguise = Ce camouflage n’existe pas. Choisissez parmi : { $choices }
safety-error-not-a-number = Saisissez un nombre, ou { $never }.

## Content preview (haven-hub preview, for NGO editors)

preview-title = Aperçu du contenu Haven
preview-notice = Aperçu pour les rédacteurs : rien ici n'est publié tant que vous ne le publiez pas avec haven-hub.
preview-not-translated = Pas encore dans cette langue
preview-hours = Horaires ({ $zone }) : { $hours }
review-original = Texte original
review-machine = Traduction automatique, pas encore relue
review-reviewed = Traduction relue

## Content updates (sync)

sync-title = Mises à jour du contenu
sync-checking = Recherche de mises à jour…
sync-checking-publisher = Vérification de { $publisher } ({ $index } sur { $total })…
sync-downloading = Téléchargement depuis { $publisher } : { $done } sur { $total }
sync-applying = Enregistrement des mises à jour…
sync-updated = { $publisher } : mis à jour en version { $version } ({ $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
}, { $helplines ->
    [one] { $helplines } ligne d’aide
   *[other] { $helplines } lignes d’aide
})
sync-removed = { $publisher } : n’est plus de confiance ; ses pages ont été retirées
sync-refused = { $publisher } : mise à jour refusée ({ $reason }) ; les pages que vous avez restent
sync-nothing-new = Tout est à jour.
sync-age = { $publisher } : publié { $days ->
    [0] aujourd’hui
    [one] il y a { $days } jour
   *[other] il y a { $days } jours
}
sync-age-expired = { $publisher } : publié { $days ->
    [one] il y a { $days } jour
   *[other] il y a { $days } jours
} ; impossible de vérifier s’il existe une version plus récente, ces pages ne sont donc peut-être plus à jour
sync-reason-signature = pas signée avec une clé de confiance
sync-reason-scope = en dehors de ce que cet éditeur a le droit de publier
sync-reason-rollback = plus ancienne que la version que vous avez
sync-reason-expired = expirée
sync-reason-network = le réseau ou le serveur n’a pas répondu
sync-reason-invalid = contenu abîmé ou non valide
sync-no-source = Aucune adresse de mise à jour n’est définie : indiquez-en une, par exemple haven sync https://example.org/haven

## Report a concern (issue 5: report forms, review, outbox)

report-menu = Signaler une inquiétude
report-new = Nouveau signalement à { $helpline }
report-no-form = Cette ligne d'aide ne reçoit pas encore de signalements via Haven.
report-next = Suivant
report-back = Retour
report-review = Relire
report-optional = Facultatif
report-saved = Enregistré sur ce téléphone, chiffré.
report-progress = Étape { $step } sur { $total }
report-place-text = Décrivez le lieu
report-postcode = Code postal ou ville (facultatif)
report-use-location = Utiliser ma position (environ 1 km)
report-location-shared = Position approximative partagée
report-contact-anonymous = Rester anonyme
report-contact-phone = Téléphone
report-contact-email = E-mail
report-contact-value = Numéro ou adresse
report-safe-times = Heures sûres pour appeler
report-may-leave-message = Un message peut être laissé
report-message-yes = Un message peut être laissé
report-message-no = Ne pas laisser de message
report-date-hint = Date au format AAAA-MM-JJ
report-datetime-hint = Date et heure au format AAAA-MM-JJ HH:MM
report-not-answered = Sans réponse
report-error-required = Veuillez répondre à cette question.
report-error-too-long = C'est trop long : { $max } caractères au plus.
report-error-not-an-option = Veuillez choisir l'une des options.
report-error-wrong-kind = Cette réponse ne correspond pas à la question.
report-error-not-a-date = Veuillez indiquer une vraie date, par exemple 2026-11-20.
report-error-in-future = Cette date est dans le futur.
report-error-control-characters = Ce texte contient des caractères qui ne peuvent pas être envoyés.
report-error-bad-phone = Cela ne ressemble pas à un numéro de téléphone.
report-error-bad-email = Cela ne ressemble pas à une adresse e-mail.
report-error-contact-missing = Veuillez indiquer un numéro ou une adresse, ou choisir de rester anonyme.
report-error-bad-location = La position n'a pas pu être lue.
report-error-report-too-large = Ce signalement est trop long pour être envoyé. Raccourcissez les réponses les plus longues.
report-review-title = Vérifiez votre signalement
report-review-missing = Réponses obligatoires manquantes : { $count }
report-submit = Envoyer le signalement
report-edit = Modifier
report-privacy = Seule { $helpline } peut lire ce signalement. Il est verrouillé avant de quitter votre téléphone et ne contient ni votre nom ni votre numéro, sauf si vous avez choisi d'être contacté.
report-offline = Pas de connexion ? Votre signalement attend sur ce téléphone et part dès que vous êtes de nouveau en ligne.
report-outbox-title = Vos signalements
report-outbox-empty = Aucun signalement pour l'instant.
report-send-now = Envoyer maintenant
report-cancel = Annuler l'envoi
report-delete = Supprimer
report-state-draft = Brouillon, non envoyé
report-state-queued = En attente d'envoi
report-state-sending = Envoi en cours…
report-state-received = Reçu par la ligne d'aide
report-state-failed = Refusé par la ligne d'aide ({ $reason })
report-state-retrying = En attente d'un nouvel essai (essais : { $attempts })
report-reference = Votre référence : { $reference }
report-deliver-summary = Remis : { $delivered } · En attente : { $waiting } · Refusés : { $failed }

## Mobile shells: disguise covers and the safety form

# untranslated: the same word in French
cover-notes-placeholder = Note
cover-weather-text = Aucune prévision disponible pour le moment.
safety-code-current = Code actuel
safety-code-confirm = Saisissez le code à nouveau
safety-save = Enregistrer
safety-remove = Retirer

## Mobile shells: background work (sync and report sending started by the phone)

background-wifi-only = Mises à jour en arrière-plan en Wi-Fi uniquement
    .hint = Si cette option est activée, Haven attend le Wi-Fi pour chercher de nouvelles pages d’aide ou envoyer vos signalements en arrière-plan, et n’utilise donc pas les données mobiles. Si elle est désactivée, toute connexion est utilisée.
background-wifi-only-on = Mises à jour en arrière-plan en Wi-Fi uniquement. Haven attend le Wi-Fi et n’utilise pas les données mobiles en arrière-plan.
background-wifi-only-off = Mises à jour en arrière-plan en Wi-Fi uniquement. Haven peut utiliser les données mobiles en arrière-plan.
