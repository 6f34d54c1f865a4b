# nuage — català.

-big-tech = núvol de les Big Tech

## Language choice

lang-unknown = idioma desconegut «{ $name }»; nuage continua en anglès. Disponibles: { $available }

## Dates and times

weekday = { $weekday ->
    [monday] dilluns
    [tuesday] dimarts
    [wednesday] dimecres
    [thursday] dijous
    [friday] divendres
    [saturday] dissabte
   *[sunday] diumenge
}
# With the preposition: “de novembre”, “d’abril”.
month-name = { $month ->
    [1] de gener
    [2] de febrer
    [3] de març
    [4] d’abril
    [5] de maig
    [6] de juny
    [7] de juliol
    [8] d’agost
    [9] de setembre
    [10] d’octubre
    [11] de novembre
   *[12] de desembre
}
weekday-short = { $weekday ->
    [monday] dl.
    [tuesday] dt.
    [wednesday] dc.
    [thursday] dj.
    [friday] dv.
    [saturday] ds.
   *[sunday] dg.
}
# A month on its own (a monthly report's title).
month-year = { $month ->
    [1] gener
    [2] febrer
    [3] març
    [4] abril
    [5] maig
    [6] juny
    [7] juliol
    [8] agost
    [9] setembre
    [10] octubre
    [11] novembre
   *[12] desembre
} de { NUMBER($year, useGrouping: "false") }
date-long = { weekday }, { $day } { month-name } de { NUMBER($year, useGrouping: "false") }
date-short = { NUMBER($day, minimumIntegerDigits: 2) }/{ NUMBER($month, minimumIntegerDigits: 2) }/{ NUMBER($year, useGrouping: "false") }
vs-usual = { $weekday ->
    [monday] respecte a un dilluns habitual
    [tuesday] respecte a un dimarts habitual
    [wednesday] respecte a un dimecres habitual
    [thursday] respecte a un dijous habitual
    [friday] respecte a un divendres habitual
    [saturday] respecte a un dissabte habitual
   *[sunday] respecte a un diumenge habitual
}
change-vs-usual = { $change } { vs-usual }
no-baseline-yet = encara no hi ha { $weekday ->
    [monday] dilluns
    [tuesday] dimarts
    [wednesday] dimecres
    [thursday] dijous
    [friday] divendres
    [saturday] dissabtes
   *[sunday] diumenges
} anteriors amb què comparar
time-range = de { $from } a { $to }
days-short = { $days } d

## Groups of providers

group-name = { $group ->
    [big-tech] { -big-tech }
    [cloud] altres núvols i allotjament
    [cdn] xarxes de distribució de continguts
    [streaming] xarxes de streaming
   *[other] altres
}
no-provider-list = en cap llista de proveïdors
unknown-device = dispositiu desconegut
local-network = xarxa local

## Command line: errors a user sees

error-loading-ranges = en carregar els rangs dels proveïdors
error-bundled-catalogue = en llegir el catàleg inclòs
error-reading-stdin = en llegir l’entrada estàndard
error-writing-report = en escriure l’informe
error-writing-flows = en escriure els fluxos

## nuage lookup

lookup-need-addresses = indica una o més adreces, o --stdin
lookup-bad-address = { $text } no és una adreça IPv4 ni IPv6
lookup-no-match = no coincideix amb cap llista de proveïdors
lookup-matched = { $prefix } segons { $source } ({ $origin })

## nuage replay

replay-captured = Capturat de { $from } a { $to }: { $frames ->
    [one] { $frames } trama
   *[other] { $frames } trames
}, { $size }
replay-internet = Internet: { $up } de pujada, { $down } de baixada, { $flows ->
    [one] { $flows } flux
   *[other] { $flows } fluxos
}
replay-lan = Xarxa local: { $size } ({ $flows ->
    [one] { $flows } flux
   *[other] { $flows } fluxos
}, { $non_ip ->
    [one] { $non_ip } trama no IP
   *[other] { $non_ip } trames no IP
})
replay-big-tech-share = Percentatge del trànsit d’Internet al { -big-tech }: { $share }
replay-by-group = Per grup:
replay-by-provider = Per proveïdor:
replay-decided-by = decidit per la infraestructura i el servei: { $both }, només per la infraestructura: { $infrastructure }, només pel servei: { $service }
replay-encrypted-dns = DNS xifrat (DoH/DoT/DoQ): { $size }, { $flows ->
    [one] { $flows } flux
   *[other] { $flows } fluxos
}
replay-by-service = Per servei (propietari · infraestructura):
replay-by-domain = Noms sense regla de servei (domini registrable):
replay-by-network = Altres xarxes (base de dades ASN):
replay-and-more = … i { $count } més
replay-provider-origin = Proveïdor determinat per:
replay-by-device = Per dispositiu:
replay-undecodable = Sense descodificar: { $frames ->
    [one] { $frames } trama
   *[other] { $frames } trames
}, { $size }
replay-flow-table = Taula de fluxos: { $flows ->
    [one] { $flows } flux
   *[other] { $flows } fluxos
}, { $evicted } descartats en arribar al límit de { $cap }

## nuage ranges sources

ranges-col-id = ID
ranges-col-provider = PROVEÏDOR
ranges-col-format = FORMAT
ranges-col-every = CADA
ranges-col-save-as = DESA COM A
ranges-col-url = URL
ranges-all-providers = (tots)
ranges-offline-howto = Per actualitzar una màquina sense Internet: baixa cada URL des d’un altre equip, desa els fitxers en una carpeta amb els noms de DESA COM A i executa `nuage ranges update --from CARPETA`.
ranges-note-discover = { $id }: l’URL és una pàgina; baixa el fitxer que enllaça i desa’l com a { $file }
ranges-note-placeholders = { $id }: substitueix {"{"}YYYY{"}"} i {"{"}MM{"}"} per l’any i el mes actuals
ranges-note-gzip = { $id }: la baixada està comprimida amb gzip; desa-la com a { $file }, comprimida o no
ranges-note-zip = { $id }: la baixada és un zip; desa-la com a { $file } tal com és, o amb els fitxers units
ranges-note-licence = { $id }: llicència: { $licence }

## nuage ranges status

ranges-col-source = FONT
ranges-col-file = FITXER
ranges-col-date = DATA
ranges-col-age = ANTIGUITAT
ranges-col-state = ESTAT
ranges-state-not-imported = no importada
ranges-state-unreadable = ILLEGIBLE: { $error }
ranges-state-stale = CADUCADA
ranges-state-ok = correcta
ranges-bundled = Instantània inclosa: { $date }; prefixos derivats d’ASN: { $asn_v4 } IPv4 / { $asn_v6 } IPv6; publicats: { $published_v4 } IPv4 / { $published_v6 } IPv6.
ranges-bundled-date = { $date } (fa { $days } d)
ranges-undated = sense data
ranges-stale-hint = Les llistes CADUCADES tenen més del doble del seu període de publicació: executa `nuage ranges update`.

## nuage ranges update

ranges-prefixes = { $count ->
    [one] { $count } prefix
   *[other] { $count } prefixos
}
ranges-updated = { $id }: { $size }, { $prefixes } ✓
ranges-updated-diff = { $id }: { $size }, { $prefixes } (+{ $added } / −{ $removed }) ✓
ranges-not-modified = { $id }: sense canvis al servidor
ranges-unchanged = { $id }: sense canvis, { $prefixes }
ranges-not-in-dir = { $id }: { $file } no és a { $dir }, s’omet
ranges-failed-kept = { $id }: ERROR: { $error }; es continua fent servir el fitxer anterior
ranges-failed-bundled = { $id }: ERROR: { $error }; encara no s’ha importat res, es continua fent servir la instantània inclosa
ranges-from-empty = { $dir } no conté cap dels fitxers esperats (consulta’n els noms amb `nuage ranges sources`)

## Dashboard

headline = percentatge del trànsit que avui ha depès del { -big-tech }
headline-sentence = avui el { $share } del nostre trànsit ha depès del { -big-tech }
headline-place = { $place }: percentatge del trànsit que avui ha depès del { -big-tech }
status-live = en directe
status-paused = en pausa
status-updated = actualitzat a les { $time }
status-no-traffic = avui encara no s’ha vist trànsit
view-providers = Proveïdors
view-services = Serveis
view-devices = Dispositius
view-timeline = Evolució
view-flows = Fluxos
col-provider = Proveïdor
col-service = Servei
col-device = Dispositiu
col-share = Percentatge
col-traffic = Trànsit
col-up = Pujada
col-down = Baixada
col-flows = Fluxos
col-group = Grup
col-time = Hora
devices-hidden = No es mostren els dispositius (privadesa: «{ $privacy }»).
timeline-minutes-ago = { $minutes ->
    [one] fa { $minutes } minut
   *[other] fa { $minutes } minuts
}
timeline-hour = { $hour } h
help-title = Tecles
key-quit = surt
key-pause = pausa / reprèn
key-next-view = vista següent
key-previous-view = vista anterior
key-up-down = amunt / avall
key-sort = canvia l’ordre
key-previous-day = dia anterior
key-next-day = dia següent
key-today = torna a avui
key-help = mostra / amaga aquesta ajuda

## Units

unit-flows = { $count ->
    [one] { $count } flux
   *[other] { $count } fluxos
}
unit-devices = { $count ->
    [one] { $count } dispositiu
   *[other] { $count } dispositius
}
unit-providers = { $count ->
    [one] { $count } proveïdor
   *[other] { $count } proveïdors
}
unit-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minuts
}
unit-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } hores
}
unit-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dies
}
unit-mbit-per-second = { $rate } Mbit/s

## Reports

report-title = Quant hem depès del { -big-tech }?
report-subtitle = { $place }, { $date }
report-period = De { $from } a { $to }
report-section-summary = Resum
report-section-providers = Proveïdors
report-section-services = Serveis
report-section-devices = Dispositius
report-section-timeline = Al llarg del dia
report-section-baseline = Comparat amb un dia habitual
report-section-method = Com compta nuage
report-section-caveats = El que aquestes xifres no diuen
report-summary = El { $share } del trànsit d’Internet de { $place } ha depès del { -big-tech } ({ $big_tech } de { $total }).
report-method = nuage observa el trànsit entre aquesta xarxa i Internet, mai el contingut. Cada connexió es compta una vegada, en bytes en tots dos sentits, i s’atribueix a l’empresa que gestiona el servidor, segons les llistes d’adreces que publiquen els mateixos proveïdors i el registre de qui és propietari de cada xarxa. El servei s’identifica per la part pública de cada connexió (el nom que es demana al DNS o el que s’anuncia en obrir una connexió segura). El trànsit dins de la xarxa local es compta a part i no entra en el percentatge.
report-caveat-cdn = Les xarxes de distribució de continguts serveixen moltes empreses: el seu trànsit s’atribueix a la xarxa, no al lloc que s’ha visitat.
report-caveat-encrypted-dns = Els dispositius que xifren les consultes de noms (DNS xifrat) fan més difícil identificar els serveis; el seu trànsit es continua comptant per proveïdor.
report-caveat-lists = Les llistes dels proveïdors canvien: una adreça que hagi passat a una altra empresa des de l’última actualització es pot atribuir a qui no toca.
report-caveat-vpn = El trànsit que passa per una VPN s’atribueix al proveïdor de la VPN, hi viatgi el que hi viatgi.
report-caveat-bytes = Els bytes no són energia ni emissions: aquí un byte de vídeo pesa el mateix que un byte d’un missatge.
report-generated = Generat per nuage { $version } el { $date } a les { $time }.

## dashboard (session 3)
dash-no-place = aquest lloc
dash-live = en directe
dash-paused = en pausa
dash-not-live = en diferit
dash-history = historial
dash-from-database = llegint { $path }
dash-tab-overview = Resum
dash-help-hint = ? ajuda
dash-headline-title = Pes del { -big-tech }
dash-headline-no-data = Encara no s’ha comptat trànsit d’Internet aquest dia.
dash-no-baseline = encara no hi ha cap dia habitual per comparar
dash-share-of = { $big_tech } de { $total }
dash-vs-usual = { $change } { vs-usual } ({ $usual })
dash-vs-usual-days = { $change } respecte a un dia habitual ({ $usual })
dash-providers-title = Qui ha portat el trànsit
dash-timeline-title = Al llarg del dia ({ $bucket }, màxim { $peak })
dash-per-minutes = cada { $minutes } min
dash-per-hours = { $hours ->
    [one] per hora
   *[other] cada { $hours } h
}
dash-flows-title = Fluxos actuals
dash-cat-other-clouds = Altres núvols/CDN
dash-cat-other-networks = Altres xarxes
dash-cat-lan = Dins (xarxa local)
dash-lan-share = local
dash-legend-big-tech = Big Tech
dash-legend-other = resta
dash-legend-now = ara
dash-col-service-carrier = Servei · infraestructura
dash-col-named-by = Identificat per
dash-col-lan = Xarxa local
dash-col-remote = Destí
dash-col-rate = Ara ↓/↑
dash-col-rate-now = ara
dash-unnamed-service = Sense nom
dash-unknown-network = xarxa desconeguda
dash-source-address = adreça
dash-flows-hidden = No hi ha fluxos actuals per mostrar (o la configuració de privadesa els amaga).
dash-flows-not-live = Els fluxos només es mostren en directe, per a avui.
dash-empty-list = Encara no s’ha comptat res.
dash-no-day-data = No hi ha dades desades d’aquest dia.
dash-sort-traffic = trànsit
dash-sort-big-tech = Big Tech primer
dash-sort-name = nom
dash-sort-rate = velocitat actual
dash-sorted-by = ordre: { $sort }
dash-units-bytes-si = bytes (kB, MB)
dash-units-bytes-iec = bytes (KiB, MiB)
dash-units-bits-si = bits (kbit, Mbit)
dash-units-bits-iec = bits (Kibit, Mibit)
dash-units-label = unitats: { $units }
dash-capture-ok = captura correcta
dash-interface-down = caiguda
dash-no-capture = sense captura
dash-dropped = { $count ->
    [one] { $count } perdut
   *[other] { $count } perduts
}
dash-not-saving = no es desa: { $error }
dash-ranges-version = rangs { $version }
dash-footer-hints = Tab vista  ←/→ dia  s ordre  u unitats  p pausa  ? ajuda  q surt
dash-help-close = Prem qualsevol tecla per tancar.
dash-help-views = vista següent / anterior
dash-help-move = moure’s per una llista
dash-help-page = avançar una pàgina
dash-help-sort = canviar l’ordre
dash-help-pause = pausar / reprendre l’actualització
dash-help-days = dia anterior / següent
dash-help-units = unitats: bytes o bits, kB o KiB
dash-help-help = aquesta ajuda
dash-help-mouse-key = ratolí
dash-help-mouse = desplaçar llistes, clic al nom d’una vista
dash-too-small =
    El terminal és massa petit
    per al tauler (com a mínim { $width }×{ $height }).
dash-needs-terminal = { $command } dibuixa un tauler i necessita un terminal (la sortida estàndard no ho és)
