# nuage — français.
# Les espaces avant « : ; ? » et dans les guillemets sont insécables (U+00A0).

-big-tech = cloud des GAFAM

## Language choice

lang-unknown = langue inconnue « { $name } » ; nuage continue en anglais. Disponibles : { $available }

## Dates and times

weekday = { $weekday ->
    [monday] lundi
    [tuesday] mardi
    [wednesday] mercredi
    [thursday] jeudi
    [friday] vendredi
    [saturday] samedi
   *[sunday] dimanche
}
month-name = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
weekday-short = { $weekday ->
    [monday] lun.
    [tuesday] mar.
    [wednesday] mer.
    [thursday] jeu.
    [friday] ven.
    [saturday] sam.
   *[sunday] dim.
}
# A month on its own (a monthly report's title).
month-year = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { NUMBER($year, useGrouping: "false") }
date-long = { weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { month-name } { NUMBER($year, useGrouping: "false") }
date-short = { NUMBER($day, minimumIntegerDigits: 2) }/{ NUMBER($month, minimumIntegerDigits: 2) }/{ NUMBER($year, useGrouping: "false") }
vs-usual = { $weekday ->
    [monday] par rapport à un lundi habituel
    [tuesday] par rapport à un mardi habituel
    [wednesday] par rapport à un mercredi habituel
    [thursday] par rapport à un jeudi habituel
    [friday] par rapport à un vendredi habituel
    [saturday] par rapport à un samedi habituel
   *[sunday] par rapport à un dimanche habituel
}
change-vs-usual = { $change } { vs-usual }
days-short = { $days } j

## Groups of providers

group-name = { $group ->
    [big-tech] { -big-tech }
    [cloud] autres clouds et hébergeurs
    [cdn] réseaux de diffusion de contenu
    [streaming] réseaux de streaming
   *[other] autres
}
no-provider-list = dans aucune liste de fournisseurs
unknown-device = appareil inconnu

## Command line: errors a user sees

error-loading-ranges = en chargeant les plages d’adresses des fournisseurs
error-bundled-catalogue = en lisant le catalogue intégré
error-reading-stdin = en lisant l’entrée standard
error-writing-report = en écrivant le rapport
error-writing-flows = en écrivant les flux

## nuage lookup

lookup-need-addresses = donnez une ou plusieurs adresses, ou --stdin
lookup-bad-address = { $text } n’est pas une adresse IPv4 ou IPv6
lookup-no-match = aucune liste de fournisseurs ne correspond
lookup-matched = { $prefix } d’après { $source } ({ $origin })

## nuage replay

replay-captured = Capturé du { $from } au { $to } : { $frames ->
    [one] { $frames } trame
   *[other] { $frames } trames
}, { $size }
replay-internet = Internet : { $up } envoyés, { $down } reçus, { $flows } flux
replay-lan = Réseau local : { $size } ({ $flows } flux, { $non_ip ->
    [one] { $non_ip } trame non IP
   *[other] { $non_ip } trames non IP
})
replay-big-tech-share = Part du trafic Internet passée par le { -big-tech } : { $share }
replay-by-group = Par groupe :
replay-by-provider = Par fournisseur :
replay-decided-by = décidé par l’infrastructure et le service : { $both }, par l’infrastructure seule : { $infrastructure }, par le service seul : { $service }
replay-encrypted-dns = DNS chiffré (DoH/DoT/DoQ) : { $size }, { $flows ->
    [one] { $flows } flux
   *[other] { $flows } flux
}
replay-by-service = Par service (propriétaire · infrastructure) :
replay-by-domain = Noms sans règle de service (domaine enregistrable) :
replay-by-network = Autres réseaux (base ASN) :
replay-and-more = … et { $count } de plus
replay-provider-origin = Fournisseur déterminé par :
replay-by-device = Par appareil :
replay-undecodable = Non décodables : { $frames ->
    [one] { $frames } trame
   *[other] { $frames } trames
}, { $size }
replay-flow-table = Table des flux : { $flows } flux, { $evicted ->
    [one] { $evicted } écarté
   *[other] { $evicted } écartés
} à la limite de { $cap }

## nuage ranges sources

ranges-col-id = ID
ranges-col-provider = FOURNISSEUR
ranges-col-format = FORMAT
ranges-col-every = TOUS LES
ranges-col-save-as = ENREGISTRER SOUS
ranges-col-url = URL
ranges-all-providers = (tous)
ranges-offline-howto = Pour mettre à jour une machine sans Internet : téléchargez chaque URL depuis un autre ordinateur, enregistrez les fichiers dans un même dossier sous les noms de la colonne ENREGISTRER SOUS, puis lancez `nuage ranges update --from DOSSIER`.
ranges-note-discover = { $id } : l’URL est une page ; téléchargez le fichier vers lequel elle pointe et enregistrez-le sous { $file }
ranges-note-placeholders = { $id } : remplacez {"{"}YYYY{"}"} et {"{"}MM{"}"} par l’année et le mois en cours
ranges-note-gzip = { $id } : le téléchargement est compressé en gzip ; enregistrez-le sous { $file }, compressé ou non
ranges-note-zip = { $id } : le téléchargement est un zip ; enregistrez-le sous { $file } tel quel, ou ses fichiers mis bout à bout
ranges-note-licence = { $id } : licence : { $licence }

## nuage ranges status

ranges-col-source = SOURCE
ranges-col-file = FICHIER
ranges-col-date = DATE
ranges-col-age = ÂGE
ranges-col-state = ÉTAT
ranges-state-not-imported = non importée
ranges-state-unreadable = ILLISIBLE : { $error }
ranges-state-stale = PÉRIMÉE
ranges-state-ok = ok
ranges-bundled = Instantané intégré : { $date } ; préfixes tirés des AS : { $asn_v4 } IPv4 / { $asn_v6 } IPv6 ; publiés : { $published_v4 } IPv4 / { $published_v6 } IPv6.
ranges-bundled-date = { $date } (il y a { $days } j)
ranges-undated = non daté
ranges-stale-hint = Les listes PÉRIMÉES ont plus de deux fois leur rythme de publication : lancez `nuage ranges update`.

## nuage ranges update

ranges-prefixes = { $count ->
    [one] { $count } préfixe
   *[other] { $count } préfixes
}
ranges-updated = { $id } : { $size }, { $prefixes } ✓
ranges-updated-diff = { $id } : { $size }, { $prefixes } (+{ $added } / −{ $removed }) ✓
ranges-not-modified = { $id } : inchangé sur le serveur
ranges-unchanged = { $id } : inchangé, { $prefixes }
ranges-not-in-dir = { $id } : { $file } absent de { $dir }, ignoré
ranges-failed-kept = { $id } : ÉCHEC : { $error } ; le fichier précédent reste en service
ranges-failed-bundled = { $id } : ÉCHEC : { $error } ; rien n’a encore été importé, l’instantané intégré reste en service
ranges-from-empty = { $dir } ne contient aucun des fichiers attendus (leurs noms : `nuage ranges sources`)

## Dashboard

view-services = Services
view-devices = Appareils
view-flows = Flux
col-provider = Fournisseur
col-service = Service
col-device = Appareil
col-share = Part
col-traffic = Trafic
devices-hidden = Les appareils ne sont pas affichés (confidentialité : « { $privacy } »).
help-title = Touches
key-quit = quitter
key-today = revenir à aujourd’hui

## Units

unit-flows = { $count } flux
unit-devices = { $count ->
    [one] { $count } appareil
   *[other] { $count } appareils
}
unit-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}

## Reports

report-title = À quel point avons-nous dépendu du { -big-tech } ?
report-subtitle = { $place }, { $date }
report-period = Du { $from } au { $to }
report-section-summary = Résumé
report-section-providers = Fournisseurs
report-section-services = Services
report-section-devices = Appareils
report-section-timeline = Au fil de la journée
report-section-baseline = Par rapport à un jour habituel
report-section-method = Comment nuage compte
report-caveat-cdn = Les réseaux de diffusion de contenu servent de nombreuses entreprises : leur trafic est attribué au réseau, pas au site visité.
report-caveat-bytes = Des octets ne sont ni de l’énergie ni des émissions : ici, un octet de vidéo pèse autant qu’un octet de message.

## dashboard (session 3)
dash-no-place = ce lieu
dash-live = en direct
dash-paused = en pause
dash-not-live = en différé
dash-history = historique
dash-from-database = lecture de { $path }
dash-tab-overview = Vue d’ensemble
dash-help-hint = ? aide
dash-headline-title = Part du { -big-tech }
dash-headline-no-data = Aucun trafic Internet compté pour ce jour pour l’instant.
dash-no-baseline = pas encore de jour habituel pour comparer
dash-share-of = { $big_tech } sur { $total }
dash-vs-usual = { $change } { vs-usual } ({ $usual })
dash-vs-usual-days = { $change } par rapport à un jour habituel ({ $usual })
dash-providers-title = Qui a acheminé le trafic
dash-timeline-title = Au fil du jour ({ $bucket }, pic { $peak })
dash-per-minutes = par { $minutes } min
dash-per-hours = { $hours ->
    [one] par heure
   *[other] par { $hours } h
}
dash-flows-title = Flux en cours
dash-cat-other-clouds = Autres clouds/CDN
dash-cat-other-networks = Autres réseaux
dash-cat-lan = Interne (réseau local)
dash-lan-share = local
dash-legend-big-tech = GAFAM
dash-legend-other = autres
dash-legend-now = maintenant
dash-col-service-carrier = Service · hébergé par
dash-col-named-by = Identifié par
dash-col-lan = Réseau local
dash-col-remote = Distant
dash-col-rate = Débit ↓/↑
dash-col-rate-now = débit
dash-unnamed-service = Sans nom
dash-unknown-network = réseau inconnu
dash-source-address = adresse
dash-flows-hidden = Aucun flux en cours à afficher (ou le réglage de confidentialité les masque).
dash-flows-not-live = Les flux ne sont affichés qu’en direct, pour aujourd’hui.
dash-empty-list = Rien de compté pour l’instant.
dash-no-day-data = Aucune donnée enregistrée pour ce jour.
dash-sort-traffic = trafic
dash-sort-big-tech = GAFAM d’abord
dash-sort-name = nom
dash-sort-rate = débit actuel
dash-sorted-by = tri : { $sort }
dash-units-bytes-si = octets (ko, Mo)
dash-units-bytes-iec = octets (Kio, Mio)
dash-units-bits-si = bits (kbit, Mbit)
dash-units-bits-iec = bits (Kibit, Mibit)
dash-units-label = unités : { $units }
dash-capture-ok = capture OK
dash-interface-down = coupée
dash-no-capture = pas de capture
dash-dropped = { $count ->
    [one] { $count } perdu
   *[other] { $count } perdus
}
dash-not-saving = pas d’enregistrement : { $error }
dash-ranges-version = plages { $version }
dash-footer-hints = Tab vue  ←/→ jour  s tri  u unités  p pause  ? aide  q quitter
dash-help-close = Appuyez sur une touche pour fermer.
dash-help-views = vue suivante / précédente
dash-help-move = se déplacer dans une liste
dash-help-page = avancer d’une page
dash-help-sort = changer l’ordre de tri
dash-help-pause = mettre en pause / reprendre
dash-help-days = jour précédent / suivant
dash-help-units = unités : octets ou bits, ko ou Kio
dash-help-help = cette aide
dash-help-mouse-key = souris
dash-help-mouse = faire défiler, cliquer sur le nom d’une vue
dash-too-small =
    Le terminal est trop petit
    pour le tableau de bord ({ $width }×{ $height } au minimum).
dash-needs-terminal = { $command } affiche un tableau de bord et a besoin d’un terminal (la sortie standard n’en est pas un)

## report (session 3)
# Le rapport (nuage report) dans ses formats lisibles, et les identifiants qu’affichent
# nuage replay et nuage lookup. Les nombres arrivent comme nombres (pluriels) ; tailles,
# pourcentages, dates et heures arrivent déjà mis en forme, comme texte.

report-title-collective = À quel point avons-nous dépendu du { -big-tech } ? Tous les lieux ensemble
report-section-groups = Types de fournisseur
report-section-networks = Autres réseaux
report-section-days = Jour par jour
report-section-health = Dans quelle mesure ces chiffres sont complets
report-section-places = Lieux
report-headline = { $share } de notre trafic Internet ({ $total } au total) est allé vers le { -big-tech } ou en est venu.
report-headline-collective = Sur { $places ->
    [one] un lieu
   *[other] { $places } lieux
}, { $share } du trafic Internet est allé vers le { -big-tech } ou en est venu (de { $min } à { $max } selon le lieu).
report-baseline-sentence = { $direction ->
    [less] C’est { $points } points de pourcentage de moins qu’un jour habituel ({ $usual } en moyenne sur { $days ->
        [one] un jour
       *[other] { $days } jours
    }).
   *[more] C’est { $points } points de pourcentage de plus qu’un jour habituel ({ $usual } en moyenne sur { $days ->
        [one] un jour
       *[other] { $days } jours
    }).
}
report-baseline-method = { $method ->
    [same-weekday] le même jour de la semaine les semaines précédentes
    [previous-weeks] les quatre semaines précédentes
    [range] les jours demandés
   *[places] le jour habituel de chaque lieu
}
report-baseline-days = Jour habituel : { $how }.
report-baseline-days-list = Jour habituel : { $how } ({ $days }).
report-no-data = Aucun trafic n’a été enregistré.
report-more = … et { $count } de plus
report-points = { $points } pts
report-row-internet = Trafic Internet
report-row-share = Part du cloud des GAFAM
report-row-internet-value = { $total } ({ $up } envoyés, { $down } reçus)
report-row-lan = À l’intérieur du lieu (réseau local)
report-row-by-bytes = Cloud des GAFAM, en octets
report-row-by-flows = en connexions
report-row-by-flows-value = { $share } ({ $big_tech } sur { $flows ->
    [one] { $flows } connexion
   *[other] { $flows } connexions
})
report-row-by-minutes = en minutes d’activité
report-row-by-minutes-value = { $share } ({ $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
})
report-row-by-infrastructure = du fait de l’infrastructure
report-row-by-service-only = uniquement du fait du propriétaire du service
report-col-provider = Fournisseur
report-col-group = Type
report-col-traffic = Trafic
report-col-share = Part
report-col-service = Service
report-col-owner = Propriétaire
report-col-carried-by = Acheminé par
report-col-hour = Heure
report-col-day = Jour
report-col-big-tech = Cloud des GAFAM
report-col-other = Reste d’Internet
report-col-lan = Réseau local
report-col-device = Appareil
report-col-usual = Jour habituel
report-col-now = Cette fois
report-col-change = Évolution
report-col-place = Lieu
report-col-network = Réseau
report-col-layer = Attribué d’après
report-col-decision = Compté dans le cloud des GAFAM à cause de
report-big-tech-mark = GAFAM
report-unknown = inconnu
report-not-recorded = non enregistré
report-other-networks = Autres réseaux
report-unnamed = Non identifié
report-group = { $group ->
    [big-tech] Cloud des GAFAM
    [cloud] Autres clouds et hébergeurs
    [cdn] Réseaux de diffusion de contenu
    [streaming] Réseaux de streaming
    [none] Réseaux qu’aucune liste ne connaît
   *[other] Indiqués dans vos réglages
}
report-layer = { $layer ->
    [official] Listes d’adresses publiées par les fournisseurs
    [asn] Instantané intégré de leurs réseaux (ASN)
    [mmdb] Base de données des réseaux (ASN)
    [user] Vos propres réglages
   *[unattributed] Non attribué
}
report-decision = { $decision ->
    [both] son infrastructure et son service
    [infrastructure] son infrastructure seulement
    [service] son service seulement (infrastructure d’un autre)
   *[neither] hors cloud des GAFAM
}
report-chart-gauge = Part du trafic Internet passée par le cloud des GAFAM
report-chart-providers = Trafic par fournisseur
report-chart-timeline = Trafic par heure : cloud des GAFAM (foncé) et reste d’Internet (clair)
report-chart-timeline-days = Trafic par jour : cloud des GAFAM (foncé) et reste d’Internet (clair)
report-chart-baseline = Part du cloud des GAFAM : un jour habituel et cette fois
report-health-minutes = Minutes avec du trafic : { $with } sur { $all }.
report-health-gaps = Interruptions sans capture : { $gaps } ({ $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}).
report-health-dropped = Paquets perdus par la capture : { $dropped }.
report-health-clock-jumps = Sauts d’horloge : { $jumps }.
report-health-unattributed = Attribué à aucun fournisseur : { $size } ({ $share }).
report-health-unnamed = Non identifié (aucun service reconnu) : { $size }.
report-health-ranges = Listes d’adresses des fournisseurs du { $date } (vieilles de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}).
report-health-ranges-undated = Listes d’adresses des fournisseurs : date inconnue.
report-health-gap = Interruption à partir du { $start }, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
report-caveat-daemon = Lu auprès du service nuage en marche, qui ne signale ni interruptions, ni pertes, ni sauts d’horloge : vérifiez-les avec `nuage report --db`.
report-caveat-gap = Rien n’a été capturé pendant { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} : les vrais totaux sont plus élevés.
report-caveat-dropped = La capture a perdu quelques paquets : les totaux sont un peu sous-estimés.
report-caveat-clock = L’horloge a sauté pendant la capture : certaines minutes peuvent être rangées à la mauvaise heure.
report-caveat-unattributed = { $share } du trafic est allé vers des adresses qu’aucune liste n’attribue : la part des GAFAM peut être plus élevée.
report-caveat-old-lists = Les listes d’adresses des fournisseurs sont anciennes : lancez `nuage ranges update`.
report-methods-rule = Le trafic compte dans le { -big-tech } quand l’adresse vers laquelle il est allé appartient à l’infrastructure d’une grande entreprise du numérique, OU quand le service derrière lui lui appartient (YouTube servi depuis un cache chez votre fournisseur d’accès reste Google). Les entreprises : { $companies }.
report-methods-attribution = Les adresses sont attribuées d’après les listes que publient les fournisseurs eux-mêmes, puis d’après un instantané intégré de leurs réseaux (ASN). Les services sont reconnus grâce aux réponses DNS, aux noms de serveur TLS et QUIC et aux en-têtes Host HTTP vus sur le réseau ; nuage n’enregistre jamais le contenu du trafic.
report-methods-blind = Ce qui reste invisible : les noms demandés par DNS chiffré (DoH, DoT), les connexions qui cachent le nom du serveur (ECH), et tout ce qui passe dans un VPN ou un proxy, compté pour le fournisseur du VPN. Le trafic qui n’a jamais traversé ce réseau (données mobiles) n’est pas compté.
report-methods-privacy = Confidentialité pendant la capture : { $privacy ->
    [full] complète (appareils identifiés par leur adresse matérielle)
    [devices-anonymous] appareils sous pseudonyme
    [aggregate] totaux seulement, aucun appareil
   *[mixed] différente selon le lieu
}.
report-merged-note = Réuni à partir des rapports de { $places ->
    [one] un lieu
   *[other] { $places } lieux
}. Aucun détail sur les appareils n’est transmis.
origin-name = { $origin ->
    [official] listes publiées par les fournisseurs
    [asn] instantané intégré des réseaux (ASN)
    [mmdb] base de données ASN (mmdb)
    [user] vos propres réglages
   *[none] non attribué
}
lookup-asn-database = AS{ $asn } d’après la base de données ASN (mmdb)
lookup-asn-no-provider = aucune liste de fournisseurs ne correspond ; réseau { $network }
# nuage report: what it says when it cannot write a report.
report-error-future = { $day } est dans le futur (nous sommes le { $today } à l’heure de { $zone })
report-error-not-a-date = { $option } : « { $text } » n’est pas une date (attendu : AAAA-MM-JJ, today ou yesterday)
report-error-from-after-to = --from { $from } est après --to { $to }
report-error-too-long = un rapport couvre au plus { $days } jours ({ $period } est plus long)
report-error-no-data = aucun trafic enregistré pour { $period } dans { $source } : { $hint }
report-error-no-database = aucune base de données d’usage à { $db }
report-error-no-source = aucune base de données d’usage à { $db } et aucun service nuage à { $socket } : démarrez d’abord le service, ou donnez --db CHEMIN
report-period-dates = du { $from } au { $to }
report-source-daemon = le service nuage en marche
report-hint-database = la base de données a des données du { $from } au { $to }
report-hint-database-empty = la base de données ne contient encore aucun trafic
report-hint-daemon = le service a des données du { $from } au { $to }
report-hint-daemon-empty = le service n’a encore aucun trafic
report-notice-aggregate = la confidentialité est réglée sur `aggregate` : aucun appareil n’est gardé, le rapport n’a donc pas de section par appareil
report-notice-no-baseline = aucun des jours de référence n’a de données ; le rapport ne contient pas de comparaison

## command line (session 4)
cli-dashboard = en affichant le tableau de bord
cli-start-thread = en lançant une tâche de fond
cli-signals = en préparant l’arrêt sur signal
cli-starting-run = au démarrage de nuage run
cli-running = pendant le comptage
cli-loading-services = en chargeant le catalogue des services
cli-writing-file = en écrivant { $path }
cli-demo-open = en ouvrant la capture de démonstration { $path }
cli-demo-household = foyer de démonstration
cli-unknown-error = erreur inconnue
cli-unsaved-rows = { $count ->
    [one] { $count } ligne n’a pas pu être écrite dans la base de données
   *[other] { $count } lignes n’ont pas pu être écrites dans la base de données
} : { $error }
cli-flush-secs = --flush-secs { $value } : indiquez entre { $min } et { $max } secondes
cli-no-day-before = { $option } : il n’y a pas de jour avant le { $today }
cli-baseline-syntax = --baseline « { $spec } » : écrivez `none` ou DÉBUT..FIN (par exemple 2027-03-01..2027-03-07)
cli-baseline-reversed = --baseline « { $spec } » : le { $from } tombe après le { $to }
cli-baseline-too-long = --baseline « { $spec } » : { $days } jours au plus
cli-older-daemon = le service nuage en marche est plus ancien que ce nuage et ne répond que jour par jour : mettez-le à jour, ou donnez --db CHEMIN pour un rapport sur plusieurs jours
cli-top-hint = `nuage run` tourne-t-il ? (`nuage demo` montre le tableau de bord sans service)
cli-top-no-snapshot = le service de { $socket } n’a envoyé aucun relevé : { $error }
cli-top-closed = le service de { $socket } a coupé la connexion

err-config-read = impossible de lire le fichier de configuration { $path } : { $error }
err-config-line-key = fichier de configuration { $path }, ligne { $line }, clé « { $key } » : { $problem }
err-config-line = fichier de configuration { $path }, ligne { $line } : { $problem }
err-config-key = fichier de configuration { $path }, clé « { $key } » : { $problem }
err-config-file = fichier de configuration { $path } : { $problem }
err-config-unknown-key = nuage ne connaît pas de clé « { $key } » ici (une faute de frappe ?) ; cette section accepte : { $expected }
err-unknown-lang = nuage ne parle pas « { $name } » ; choisissez parmi { $available }
err-config-flush-secs = { $value } secondes, c’est hors limites : indiquez entre { $min } et { $max }
err-config-capture-buffer = { $value } Mio, c’est hors limites : indiquez entre { $min } et { $max }
err-config-zero-days = 0 jour effacerait toutes les lignes d’un coup : indiquez au moins 1
err-config-pending-rows = { $value }, c’est trop peu : indiquez au moins { $min }
err-config-host-bits = le préfixe { $prefix } a des bits d’hôte (vouliez-vous dire { $network } ?)
err-config-socket-length = le chemin du socket doit faire de 1 à { $max } octets, pas { $len }
err-config-metrics-remote = { $listen } est joignable depuis d’autres machines : utilisez 127.0.0.1 (ou ::1), ou ajoutez allow-remote = true sous [metrics]

err-capture-open = impossible d’ouvrir le fichier de capture { $path } : { $error }
err-capture-too-short = impossible d’ouvrir le fichier de capture { $path } : il ne fait que { $bytes ->
    [one] { $bytes } octet
   *[other] { $bytes } octets
}, trop peu pour une capture
err-capture-corrupt-at = le fichier de capture { $path } est tronqué ou abîmé à l’octet { $offset } (après { $packets ->
    [one] { $packets } paquet
   *[other] { $packets } paquets
}) : { $error }
err-capture-corrupt = le fichier de capture { $path } est tronqué ou abîmé après { $packets ->
    [one] { $packets } paquet
   *[other] { $packets } paquets
} : { $error }
err-capture-interface = impossible de capturer sur l’interface { $interface } : { $error }
err-capture-filter = le filtre de capture « { $filter } » sur { $interface } n’est pas valide : { $error }
err-capture-read = la lecture sur l’interface { $interface } a échoué : { $error }
err-capture-no-default = aucune route par défaut (dans /proc/net/route ou /proc/net/ipv6_route) : indiquez l’interface à écouter
err-capture-timeout = aucun paquet reçu dans le délai d’attente
err-daemon-capture-permission = { $error } : la capture exige root ou la capacité CAP_NET_RAW (voir le README : lancer nuage comme service)

err-store-locked = { $path } : la base de données est verrouillée par un autre programme (un autre nuage tourne-t-il ?)
err-store-corrupt = { $path } n’est pas une base SQLite lisible (abîmée, ou un autre type de fichier) ; elle n’a pas été touchée : mettez-la de côté pour en commencer une nouvelle
err-store-not-nuage = { $path } est la base SQLite d’une autre application ({ $tables ->
    [one] { $tables } table
   *[other] { $tables } tables
}) ; elle n’a pas été touchée : donnez à nuage un chemin à lui
err-store-too-new = { $path } : la version de schéma { $found } est plus récente que ce que ce nuage comprend ({ $supported }) ; la base n’a pas été touchée : mettez nuage à jour
err-store-too-old = { $path } : la version de schéma { $found } est antérieure à { $supported }, et une ouverture en lecture seule ne peut pas la mettre à niveau : lancez `nuage run` une fois pour le faire
err-store-read-only = { $path } : impossible d’écrire dans la base de données (fichier, dossier ou système de fichiers en lecture seule)
err-store-disk-full = { $path } : le disque est plein
err-store-cannot-open = { $path } : impossible d’ouvrir ou de créer la base de données (son dossier existe-t-il, nuage peut-il y écrire ?)
err-store-invalid-data = { $path } : une valeur enregistrée que ce nuage ne sait pas relire ({ $error })
err-store-sqlite = { $path } : erreur de base de données ({ $error })
err-store-time-zone = fuseau horaire inconnu « { $name } » (donnez un nom IANA comme Europe/Paris) : { $error }
err-db-missing = pas de base de données à { $path } (`nuage run` crée nuage.db dans son dossier de données)
err-db-open = impossible de lire la base de données { $path } : { $error }
err-db-shm = { $shm } appartient à un `nuage run` en service et cet utilisateur ne peut pas y écrire, ce qu’exige la lecture à côté du service : lancez la commande en tant qu’utilisateur du service (`sudo -u nuage`), ou utilisez `nuage top` sans --db, par le socket du service

err-client-not-running = aucun service nuage à { $path } ({ $error })
err-client-io = socket de contrôle : { $error }
err-client-refused = le service a refusé la requête « { $request } » : { $error }
err-client-protocol = la réponse du service n’a pas de sens pour ce nuage : { $error }
err-client-closed = le service a coupé la connexion

err-merge-read = impossible de lire { $path } : { $error }
err-merge-parse = { $path } n’est pas un rapport nuage (JSON) : { $error }
err-merge-no-version = { $path } n’a pas de schema_version : a-t-il été écrit par `nuage report --format json` ?
err-merge-version = { $path } est en version de schéma { $found }, et ce nuage lit la version { $expected } : réécrivez-le avec la même version de nuage
err-merge-collective = { $path } est déjà un rapport collectif : fusionnez plutôt les rapports de chaque lieu
err-merge-empty = rien à fusionner : donnez au moins un rapport
err-render-json = en écrivant le rapport en JSON : { $error }

err-ranges-unknown-source = aucune source « { $id } » (connues : { $known })
err-ranges-busy = un autre `nuage ranges update` est en cours (il tient { $path })
err-ranges-decompress = { $file } : impossible de le décompresser : { $error }
err-ranges-shrank = { $file } contient { $new } préfixes alors que le fichier actuel en a { $old } : plus de la moitié disparaîtrait, il a donc été refusé (--force l’accepte)
err-ranges-catalogue = { $file } : { $what } « { $value } » inconnu du catalogue
err-download-refused = { $url } : refusé ({ $error })
err-download-status = { $url } : le serveur a répondu HTTP { $status }
err-download-transport = { $url } : { $error }
err-download-no-link = { $url } : aucun lien vers un fichier ServiceTags_Public_<date>.json sur cette page
err-download-gzip = gzip invalide : { $error }
err-zip = archive zip illisible : { $error }
err-parse-syntax = { $format } invalide : { $error }
err-parse-entry = entrée { $entry } : { $error }
err-parse-empty = le fichier ne contient aucune plage
err-override = votre entrée provider-ranges pour { $prefix } : { $error }
err-asn-read = impossible de lire la base ASN { $path } : { $error }
err-asn-invalid = la base ASN { $path } n’est pas une base MaxMind valide : { $error }

err-cannot-read = impossible de lire { $path } : { $error }
err-cannot-write = impossible d’écrire { $path } : { $error }
err-cannot-create = impossible de créer { $path } : { $error }
err-cannot-lock = impossible de verrouiller { $path } : { $error }
err-not-a-folder = { $path } n’est pas un dossier

err-daemon-no-such-user = [daemon] user = « { $name } » : cet utilisateur n’existe pas dans /etc/passwd
err-daemon-ranges = en chargeant les plages d’adresses des fournisseurs : { $error }
err-daemon-secret = secret des pseudonymes { $path } : { $error }
err-daemon-privileges = en abandonnant les privilèges : { $error }
err-metrics-not-loopback = l’adresse des métriques { $addr } est joignable depuis d’autres machines ; mettez allow-remote = true sous [metrics] pour les servir
err-metrics-bind = impossible d’écouter les métriques sur { $addr } : { $error }
err-demo-empty = la capture de démonstration { $path } ne contient aucun paquet

dash-store-locked = base verrouillée
dash-store-disk-full = disque plein
dash-store-read-only = base en lecture seule
dash-store-cannot-open = base inaccessible
dash-store-unusable = base inutilisable
dash-store-failed = erreur de base
dash-store-folded = (comptage en mémoire ; { $count ->
    [one] { $count } ligne regroupée
   *[other] { $count } lignes regroupées
} par heure, totaux conservés)
dash-offload = l’accélération matérielle cache { $hidden } du trafic

## session 5
## The command line as clap reads it, the system's common errors, the database's and the
## decoder's (see en.ftl for what each variable holds).

cli-usage = Utilisation :
cli-more-help = Pour en savoir plus, essayez « { $help } ».
cli-arg-unknown = argument inattendu « { $arg } »
cli-command-unknown = commande inconnue « { $name } »
cli-arg-missing-value = « { $arg } » demande une valeur, mais aucune n’a été donnée
cli-arg-invalid-value = valeur « { $value } » invalide pour « { $arg } »
cli-possible-values = valeurs possibles : { $values }
cli-arg-bad-value = { $arg } : { $reason }
cli-value-number = « { $value } » n’est pas un nombre entier dans les limites admises
cli-value-demo-speed = « { $value } » n’est pas une vitesse entre 0 et 100000 (par exemple 60)
cli-value-time-of-day = « { $value } » n’est pas une heure comme 07:30
cli-value-run-speed = « { $value } » n’est pas une vitesse : donnez un facteur supérieur à 0 (1 = temps réel, 60 = une minute par seconde) ou max
cli-value-format = format « { $value } » inconnu (écrivez text, md, json, csv ou html)
cli-value-network = « { $value } » n’est pas un préfixe réseau comme 192.0.2.0/24 ou 2001:db8::/32
cli-arg-required = ces arguments obligatoires manquent :
cli-command-missing = « { $name } » demande une commande, et aucune n’a été donnée
cli-possible-commands = commandes : { $commands }
cli-arg-repeated = « { $arg } » ne peut être donné qu’une fois
cli-arg-conflict = « { $arg } » ne peut pas être utilisé avec « { $other } »
cli-arg-conflict-many = « { $arg } » ne peut pas être utilisé avec :
cli-arg-too-many = valeur inattendue « { $value } » pour « { $arg } » : aucune autre n’était attendue
cli-invalid-utf8 = un argument n’est pas du texte UTF-8 valide
cli-tip-similar-command = astuce : { $count ->
    [one] une commande proche existe : { $names }
   *[other] des commandes proches existent : { $names }
}
cli-tip-similar-arg = astuce : { $count ->
    [one] une option proche existe : { $names }
   *[other] des options proches existent : { $names }
}
cli-tip-similar-value = astuce : { $count ->
    [one] une valeur proche existe : { $names }
   *[other] des valeurs proches existent : { $names }
}
cli-tip-as-value = astuce : pour passer « { $arg } » comme valeur, écrivez « { $fix } »
cli-tip-exists = astuce : « { $usage } » existe (l’option se place après sa commande)
cli-tip-remove-dashes = astuce : la commande « { $name } » existe ; pour l’utiliser, retirez le « -- » qui la précède

err-io = { $kind ->
    [not-found] fichier ou dossier introuvable
    [permission-denied] permission refusée
    [is-a-folder] c’est un dossier, pas un fichier
    [not-a-folder] une partie du chemin n’est pas un dossier
    [read-only] le système de fichiers est en lecture seule
    [disk-full] plus de place sur le disque
    [exists] il existe déjà
    [refused] connexion refusée
    [timed-out] délai dépassé
    [address-in-use] l’adresse est déjà utilisée
    [address-unavailable] cette machine n’a pas cette adresse
   *[other] { $detail }
}
err-ranges-invalid-file = { $path } : { $error }
err-store-io = { $path } : le système n’a pas pu lire ou écrire le fichier de la base de données (carte SD ou disque défaillant, clé USB retirée ?)
dash-store-io = erreur disque
replay-undecodable-reason = { $reason ->
    [truncated] trame trop courte pour son en-tête { $header }
    [link-type] type de lien { $link } non pris en charge
    [not-ip] pas un paquet IP (protocole de liaison { $protocol })
   *[malformed] en-tête { $header } malformé
}
ranges-date-from = { $date } ({ $from ->
    [published] publiée
    [updated] mise à jour
   *[file-time] date du fichier
})
err-daemon-reply = { $code ->
    [busy] trop de programmes y sont connectés ; réessayez dans un instant
    [unavailable] il ne peut pas répondre pour l’instant (il ne peut pas lire sa base de données ; voyez son journal)
    [not-found] il n’a rien d’enregistré pour ce qui était demandé
   *[protocol] ce nuage et le service ne se comprennent pas (l’un des deux est-il plus ancien ?) : { $message }
}

## --help (session 5)

help-about-nuage = Combien avons-nous dépendu du { -big-tech } aujourd'hui ?
help-body-nuage =
    nuage observe le trafic d'un foyer ou d'un local associatif et attribue chaque flux au fournisseur de Cloud qui le sert.
help-arg-nuage-data-dir = Où nuage garde ses données [default: /var/lib/nuage pour root, sinon ~/.local/share/nuage]
help-arg-nuage-config = Fichier de configuration [default: /etc/nuage/nuage.toml s'il existe]
help-arg-nuage-socket = La socket de contrôle du service en marche [default: /run/nuage/nuage.sock pour root, sinon $XDG_RUNTIME_DIR/nuage/nuage.sock ; ou `[control] socket` dans la configuration]
help-arg-nuage-verbose = En dire plus sur ce qui se passe (répéter pour plus de détails)
help-arg-nuage-json = Écrire les données en JSON (un objet, ou un par ligne pour les listes)
help-arg-nuage-lang = Langue des messages : en, es, ca, fr, de, pt, el, ro, it [default: `lang` de la configuration, puis LC_ALL / LC_MESSAGES / LANG, puis en]
help-about-lookup = Quel fournisseur sert une adresse, et pourquoi
help-arg-lookup-addresses = Adresses à chercher (IPv4, IPv6, IPv4 mappée ou NAT64 64:ff9b::/96)
help-arg-lookup-stdin = Lire aussi des adresses sur l'entrée standard, une par ligne
help-about-ranges = Listes de plages des fournisseurs : leur origine, leur fraîcheur, leur mise à jour
help-about-ranges-sources = Lister les sources officielles : id, URL et nom de fichier qu'attend `update --from`
help-about-ranges-status = Par source : date, âge, nombre de préfixes, et si elle est périmée
help-about-ranges-update = Télécharger chaque source officielle (ou les importer d'un dossier) et les mettre en service
help-body-ranges-update =
    Chaque fichier est vérifié en entier avant de remplacer celui en service ; une source qui
    échoue garde son fichier précédent. Téléchargements en HTTPS uniquement. Avec
    `[ranges] mirror = "URL"` dans la configuration, chaque fichier vient de URL/<file> (noms
    tels que `nuage ranges sources` les liste). Le simple http:// n'est accepté que pour cette
    machine (127.0.0.0/8, ::1, localhost), ce qu'utilisent les tests.
help-arg-ranges-update-from = Importer les fichiers de ce dossier (une clé USB par exemple) au lieu de les télécharger
help-arg-ranges-update-force = Accepter une liste qui a perdu plus de la moitié de sa taille
help-arg-ranges-update-sources = Seulement ces sources (ids donnés par `nuage ranges sources`)
help-about-replay = Compter le trafic de fichiers de capture, aussi vite qu'ils se lisent
help-arg-replay-files = Fichiers de capture (pcap ou pcapng), lus dans l'ordre donné
help-arg-replay-flows = Écrire chaque flux au lieu du résumé, un objet JSON par ligne
help-arg-replay-lan = Un préfixe qui fait partie du réseau local, en plus des plages privées (répétable)
help-about-run = Tourner en service : capturer, compter et garder les chiffres dans la base de données
help-body-run =
    Les réglages viennent du fichier de configuration ([daemon] et [store], voir
    nuage.example.toml) ; les options données ici l'emportent. SIGTERM/SIGINT écrivent ce qui
    a été compté puis quittent ; SIGHUP recharge les plages des fournisseurs, la confidentialité et le lieu.
help-arg-run-interfaces = Interface sur laquelle capturer (répétable) [default: [daemon] interfaces, sinon celle de la route par défaut]
help-arg-run-pcap = Faire passer ce fichier de capture par le même chemin au lieu de capturer
help-arg-run-speed = Avec --pcap : N fois le temps réel (60 = une minute par seconde), ou `max`
help-arg-run-looped = Avec --pcap : recommencer à la fin du fichier, chaque passage sur le(s) jour(s) suivant(s)
help-arg-run-flush-secs = Secondes entre deux écritures dans la base [default: [daemon] flush-secs, 60]
help-arg-run-tz = Fuseau horaire IANA dans lequel les jours sont comptés [default: [daemon] tz, sinon celui du système]
help-arg-run-tui = Afficher le tableau de bord en direct dans ce terminal pendant la capture (quitter avec q ; la capture s'arrête et ce qui a été compté est écrit)
help-arg-run-user = Utilisateur sans privilèges à devenir après l'ouverture des captures [default: [daemon] user, sinon `nuage` s'il existe]
help-arg-run-lan = Un préfixe qui fait partie du réseau local, en plus des plages privées (répétable)
help-about-demo = Un tableau de bord vivant de la journée du foyer de démonstration, rejouée en accéléré (sans root, sans service)
help-body-demo =
    Rejoue demo/household.pcap (un foyer fictif le 8 mars) à travers le vrai traitement,
    60 fois plus vite que le temps réel, en boucle, un jour plus tard à chaque tour.
help-arg-demo-speed = Combien de fois plus vite que le temps réel la journée défile
help-arg-demo-from = Heure à laquelle la relecture commence (HH:MM) ; les paquets antérieurs sont comptés d'un coup
help-arg-demo-file = Rejouer cette capture au lieu du foyer de démonstration
help-about-top = Le tableau de bord en direct du service en marche (via sa socket de contrôle), ou d'une base de données
help-arg-top-db = Lire directement cette base de données, sans service (pas en direct : ni débits ni flux)
help-about-report = Le résumé d'une journée à partager : texte, Markdown, JSON, CSV ou une page HTML
help-arg-report-day = Le jour local : AAAA-MM-JJ, today ou yesterday [default: today]
help-arg-report-from = Premier jour d'une période (avec --to)
help-arg-report-to = Dernier jour d'une période, inclus (avec --from)
help-arg-report-baseline = La journée habituelle de comparaison : `none`, ou FROM..TO (p. ex. 2027-03-01..2027-03-07) [default: le même jour de la semaine dans les quatre semaines précédentes avec des données]
help-arg-report-format = text, md, json, csv ou html (--json veut dire json)
help-arg-report-per-device = Ajouter une section par appareil, quand le réglage de confidentialité garde les appareils
help-arg-report-out = Écrire le rapport dans FILE au lieu de la sortie standard
help-arg-report-db = La base de données d'utilisation [default: nuage.db dans le dossier de données]
help-arg-report-time-zone = Fuseau horaire IANA des jours (Europe/Brussels) [default: celui du système]
help-about-report-merge = Réunir les rapports JSON de plusieurs lieux en un rapport collectif (sans détail par appareil)
help-arg-report-merge-files = Rapports JSON écrits par `nuage report --format json`
help-arg-report-merge-format = text, md, json, csv ou html (--json veut dire json)
help-arg-report-merge-out = Écrire le rapport dans FILE au lieu de la sortie standard
help-heading-commands = Commandes 
help-heading-arguments = Arguments 
help-heading-options = Options 
help-heading-examples = Exemples 
help-heading-example = Exemple 
help-flag-help = Afficher l'aide
help-flag-help-more = Afficher l'aide (plus de détails avec '--help')
help-flag-help-summary = Afficher l'aide (un résumé avec '-h')
help-flag-version = Afficher la version
help-command-help = Afficher ce message ou l'aide de la ou des commandes données
