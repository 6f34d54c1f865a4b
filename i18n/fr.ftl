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
no-baseline-yet = pas encore de { $weekday ->
    [monday] lundis
    [tuesday] mardis
    [wednesday] mercredis
    [thursday] jeudis
    [friday] vendredis
    [saturday] samedis
   *[sunday] dimanches
} précédents pour comparer
time-range = du { $from } au { $to }
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
local-network = réseau local

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

headline = part du trafic qui a dépendu aujourd’hui du { -big-tech }
headline-sentence = aujourd’hui, { $share } de notre trafic a dépendu du { -big-tech }
headline-place = { $place } : part du trafic qui a dépendu aujourd’hui du { -big-tech }
status-live = en direct
status-paused = en pause
status-updated = mis à jour à { $time }
status-no-traffic = aucun trafic vu aujourd’hui pour l’instant
view-providers = Fournisseurs
view-services = Services
view-devices = Appareils
view-timeline = Évolution
view-flows = Flux
col-provider = Fournisseur
col-service = Service
col-device = Appareil
col-share = Part
col-traffic = Trafic
col-up = Envoyé
col-down = Reçu
col-flows = Flux
col-group = Groupe
col-time = Heure
devices-hidden = Les appareils ne sont pas affichés (confidentialité : « { $privacy } »).
timeline-minutes-ago = { $minutes ->
    [one] il y a { $minutes } minute
   *[other] il y a { $minutes } minutes
}
timeline-hour = { $hour } h
help-title = Touches
key-quit = quitter
key-pause = pause / reprise
key-next-view = vue suivante
key-previous-view = vue précédente
key-up-down = monter / descendre
key-sort = changer le tri
key-previous-day = jour précédent
key-next-day = jour suivant
key-today = revenir à aujourd’hui
key-help = afficher / masquer cette aide

## Units

unit-flows = { $count } flux
unit-devices = { $count ->
    [one] { $count } appareil
   *[other] { $count } appareils
}
unit-providers = { $count ->
    [one] { $count } fournisseur
   *[other] { $count } fournisseurs
}
unit-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
unit-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
unit-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
unit-mbit-per-second = { $rate } Mbit/s

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
report-section-caveats = Ce que ces chiffres ne disent pas
report-summary = { $share } du trafic Internet de { $place } a dépendu du { -big-tech } ({ $big_tech } sur { $total }).
report-method = nuage observe le trafic entre ce réseau et Internet, jamais son contenu. Chaque connexion est comptée une fois, en octets dans les deux sens, et attribuée à l’entreprise qui exploite le serveur, d’après les listes d’adresses que les fournisseurs publient eux-mêmes et le registre de qui possède quel réseau. Le service est reconnu grâce à la partie publique de chaque connexion (le nom demandé au DNS, ou annoncé à l’ouverture d’une connexion sécurisée). Le trafic interne au réseau local est compté à part et n’entre pas dans la part.
report-caveat-cdn = Les réseaux de diffusion de contenu servent de nombreuses entreprises : leur trafic est attribué au réseau, pas au site visité.
report-caveat-encrypted-dns = Les appareils qui chiffrent leurs requêtes de noms (DNS chiffré) rendent les services plus difficiles à reconnaître ; leur trafic reste compté par fournisseur.
report-caveat-lists = Les listes des fournisseurs évoluent : une adresse passée à une autre entreprise depuis la dernière mise à jour peut être attribuée à tort.
report-caveat-vpn = Le trafic qui passe par un VPN est attribué au fournisseur du VPN, quoi qu’il transporte.
report-caveat-bytes = Des octets ne sont ni de l’énergie ni des émissions : ici, un octet de vidéo pèse autant qu’un octet de message.
report-generated = Produit par nuage { $version } le { $date } à { $time }.

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
